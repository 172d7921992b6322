import ContextMap
import Foundation
import GRDB
import Synchronization

/// The embedded case store: one SQLite file that keeps every import's rows (scaling
/// accumulates as history), what conferences agreed, and an audit trail of every import and
/// every view. Foreign keys on, write-ahead logging, versioned migrations.
public final class CaseStore: Sendable {
    public let path: String
    let database: DatabasePool

    /// Opens the store at `path`, bringing its schema up to date as needed.
    /// - Parameter creatingIfMissing: whether a missing or empty file becomes a new, empty
    ///   store. Only what fills a store (an import, adding a user) should: for anything else a
    ///   mistyped path is an error, not an empty store that looks as if it held no one.
    /// - Throws: `StoreError` when there is no store at `path` (and none may be made), when
    ///   the file is another program's database (which is left as it was), or when SQLite
    ///   cannot open it.
    public convenience init(path: String, creatingIfMissing: Bool = false) throws(StoreError) {
        try self.init(path: path, creatingIfMissing: creatingIfMissing, pageLimit: nil)
    }

    /// - Parameter pageLimit: the most pages the file may grow to: a full disk, for tests.
    init(path: String, creatingIfMissing: Bool = true, pageLimit: Int?) throws(StoreError) {
        self.path = path
        try StoreFile(path: path).checkBeforeOpening(creatingIfMissing: creatingIfMissing)
        let madeByANewerVersion: Bool
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(5)
            configuration.prepareDatabase { db in
                // Case records are a few kilobytes each: 8 KB pages hold them with less left
                // over than 4 KB pages. Only a new file takes this.
                try db.execute(sql: "PRAGMA page_size = 8192")
                if let pageLimit { try db.execute(sql: "PRAGMA max_page_count = \(pageLimit)") }
                // Statement journals in memory, not a temporary file: an import's upserts
                // wrote one for every row (1.4 million writes for 212,000 rows).
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            database = try DatabasePool(path: path, configuration: configuration)
            // A committed import survives a power cut too, not only a killed process (GRDB's
            // default for write-ahead logging, NORMAL, may lose the last commits).
            try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            // Migrating takes the write lock even with nothing to do, and an import holds it
            // for seconds: a store already up to date is only read, so that reading it while
            // an import runs does not wait for the import. Read on the writer's connection
            // (outside a transaction it takes no write lock): a reader's connection would stay
            // open, and an import could then never have the file to itself (`writingPagesOnce`).
            if try !database.writeWithoutTransaction(StoreSchema.migrator.hasCompletedMigrations) {
                try StoreSchema.migrator.migrate(database)
            }
            madeByANewerVersion = try database.writeWithoutTransaction(StoreSchema.migrator.hasBeenSuperseded)
        } catch {
            throw StoreError(path: path, operation: "open", underlying: error)
        }
        // This version would write rows that a newer one cannot read (a row without the
        // line a load reads, say), so it leaves such a store alone.
        if madeByANewerVersion {
            throw StoreError(path: path, operation: "open", reason: "it was made by a newer version of ContextMap",
                             advice: "use that version or a later one with this store")
        }
    }

    /// Whether `path` is a file with nothing in it, which opening makes into a new store.
    public static func isEmptyFile(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path) && StoreFile(path: path).isEmptyFile
    }

    /// Deletes a store's file and the files SQLite keeps beside it, for a store just made
    /// that must not be left behind; the store must be closed.
    /// - Parameter keepingTheFileEmpty: empties the store's own file instead, keeping its
    ///   owner and permissions: for a store made in an empty file someone gave.
    public static func deleteFiles(at path: String, keepingTheFileEmpty: Bool = false) {
        for file in [path + "-wal", path + "-shm", path + "-journal"] {
            try? FileManager.default.removeItem(atPath: file)
        }
        if keepingTheFileEmpty {
            _ = truncate(path, 0)
        } else {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Every table of the contract as stored: young people, contexts and places in the order
    /// they first arrived, every other table's rows by young person, in that same order.
    public func tables() throws(StoreError) -> [RawTable] {
        do {
            return try database.read { db in try Self.tables(db) }
        } catch {
            throw StoreError(path: path, operation: "read", underlying: error)
        }
    }

    /// The dataset the store holds, checked by the same code as files; the scaling rows from
    /// their compact form when it is sound (`CompactScalingTable`), otherwise from the text in
    /// one piece per core. A load that overlapped an import is read again, whether it
    /// gave a dataset or problems (rows of the import's young people read beside tables from
    /// before it), and after two such loads, in one piece inside one read transaction.
    public func dataset() throws -> Dataset {
        let name = (path as NSString).lastPathComponent
        for _ in 0..<2 {
            let tables = StoreTables(pool: database)
            do {
                let dataset = try DatasetReader.read(from: tables, source: name)
                if tables.isConsistent { return dataset }
            } catch {
                if tables.isConsistent { throw error }
            }
        }
        return try database.read { db in try DatasetReader.read(from: StoreTables(connection: db), source: name, cores: 1) }
    }

    /// Checks the CSV folder at `folder` on its own (its problems named by its own files and
    /// lines), then imports it all or nothing.
    ///
    /// Three things run at once: the check, the gathering of the export's case records, and
    /// the writing of its young people and contexts inside the import's transaction. Nothing
    /// is committed unless the check passes, and when anything fails, the check's problems
    /// are the ones reported. Gathering then writing the records is the longest chain, and
    /// the check is needed only before the commit: it reads on one core at a low priority,
    /// filling the time the chain leaves (importing 100,000 young people: 5.2 s → 4.3 s).
    /// - Returns: what changed, and the export's warnings.
    public func importFolder(_ folder: String, who: String) throws -> (summary: ImportSummary, warnings: IssueLog) {
        let files = ExportSnapshot(folder: folder)
        let checking = Background(priority: .low) { try DatasetReader.readFolder(folder, cores: 1) }
        let gathering = Background { () throws -> CaseRecordGathering in
            var gathered = CaseRecordGathering()
            for file in StoreSchema.chunkedFiles {
                let table = CaseRecordGathering.table(of: file)!
                if let size = files.size(of: (folder as NSString).appendingPathComponent(file)) {
                    gathered.reserveCapacity(Int(clamping: size), table: table)
                }
                try RawTableReader.forEachRow(in: folder, file: file) { gathered.add($0, table: table) }
            }
            return gathered
        }
        do {
            let summary = try importRows(source: (folder as NSString).lastPathComponent, who: who,
                                         gathered: gathering.value, export: {
                // Called once every read of the folder is done.
                let export = try checking.value()
                try files.checkUnchanged()
                return export
            }) { file, body in
                try RawTableReader.forEachRow(in: folder, file: file) { try body($0) }
            }
            return (summary, try checking.value().warnings)
        } catch {
            _ = try? gathering.value()  // nothing left running
            _ = try checking.value()    // the export's own problems first
            throw error
        }
    }

    /// Checks a JSON document in the contract's form on its own, then imports it all or
    /// nothing, as `importFolder` does a CSV folder.
    public func importJSON(_ path: String, who: String) throws -> (summary: ImportSummary, warnings: IssueLog) {
        let file = ExportSnapshot(paths: [path])
        let checked = try DatasetReader.read(from: path)
        let tables = try RawTableReader.readJSON(path)
        try file.checkUnchanged()
        let summary = try importTables(tables, source: (path as NSString).lastPathComponent, who: who, checked: checked)
        return (summary, checked.warnings)
    }

    /// Imports tables of text cells all or nothing; a table left out is left as it is.
    @discardableResult
    public func importTables(_ incoming: [RawTable], source: String, who: String) throws -> ImportSummary {
        try importTables(incoming, source: source, who: who, checked: nil)
    }

    /// - Parameter checked: the tables as a dataset, when they have been checked already.
    private func importTables(_ incoming: [RawTable], source: String, who: String, checked: Dataset?) throws -> ImportSummary {
        var gathered = CaseRecordGathering()
        for table in incoming {
            guard let index = CaseRecordGathering.table(of: table.file) else { continue }
            if let present = table.columnsPresent {
                for row in table.rows { gathered.add(RowOfPartialTable(cells: row, columnsPresent: present), table: index) }
            } else {
                for row in table.rows { gathered.add(row, table: index) }
            }
        }
        return try importRows(source: source, who: who, gathered: { gathered }, export: { checked }) { file, body in
            guard let table = incoming.first(where: { $0.file == file }) else { return false }
            if let present = table.columnsPresent {
                for row in table.rows { try body(RowOfPartialTable(cells: row, columnsPresent: present)) }
            } else {
                for row in table.rows { try body(row) }
            }
            return true
        }
    }

    /// Writes every incoming row in one transaction, then checks the store as it will be
    /// with the same code as files, so that a bad row, a full disk or a killed process
    /// leaves the store exactly as it was.
    ///
    /// A checked export imported into a store that held nothing needs no second check: the
    /// store will hold exactly the export (`export` also makes sure its files did not change
    /// while they were read). The scaling rows' compact form, which loads read, is made from
    /// the export then, on another core while the records are written; otherwise from the
    /// store as checked.
    /// - Parameters:
    ///   - gathered: the rows of the tables kept in case records, once gathered.
    ///   - export: waits for the check of the export, which must pass before the import
    ///     commits, and gives the export as a dataset (`nil` when it was not checked).
    ///   - rows: calls its closure with each row of a table kept a row per row; `false` when
    ///     the import has no such table.
    private func importRows(source: String, who: String, gathered: () throws -> CaseRecordGathering,
                            export: @escaping @Sendable () throws -> Dataset?,
                            rows: (String, (any ContractCells) throws -> Void) throws -> Bool) throws -> ImportSummary {
        let writeback = EarlyWriteback(files: [path, path + "-wal"])
        defer { writeback.finish() }
        return try explained("import into") { try writingPagesOnce { try database.writeWithoutTransaction { db in
            // Into a store that holds nothing goes a checked dataset as it is (the export, or
            // the store before it commits), and that check finds every young person a record
            // names: SQLite's own look-up for each record, about 5 % of an import's CPU, is
            // left out then. The setting can change only outside a transaction, so a store
            // another process fills before this transaction begins is checked inside it.
            let referencesChecked = try Self.holdsNothing(db)
            if referencesChecked { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
            defer { if referencesChecked { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
            var summary = ImportSummary()
            try db.inTransaction {
                let stillHoldsNothing = try Self.holdsNothing(db)
                summary = try writeImport(into: db, source: source, who: who, gathered: gathered, export: export, rows: rows)
                if referencesChecked, !stillHoldsNothing { try Self.checkReferences(db) }
                try CompactScalingTable.stamp(db)
                return .commit
            }
            return summary
        } } }
    }

    /// The import's writing, inside its transaction.
    private func writeImport(into db: Database, source: String, who: String, gathered: () throws -> CaseRecordGathering,
                            export: @escaping @Sendable () throws -> Dataset?,
                            rows: (String, (any ContractCells) throws -> Void) throws -> Bool) throws -> ImportSummary {
        // The import keeps the lines and the compact form in step itself (the form is
        // written again at the end): the triggers for SQL by hand are off meanwhile.
        try StoreTriggers.suspended(in: db) {
            // Room for the indexes of young people and contexts while they grow, beyond
            // SQLite's default of 2 MB.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            // References are checked at commit, after the check below has named any bad row.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let wasEmpty = try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM (SELECT 1 FROM young_people LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM contexts LIMIT 1))") == 0
            let stamp = Self.now()
            var summary = ImportSummary()
            for file in StoreSchema.rowFiles {
                var table = try TableImport(db, file: file, stamp: stamp, who: who, source: source)
                _ = try rows(file) { try table.add($0) }
                try table.finish()
                summary.added += table.added
                summary.updated += table.updated
                summary.replaced += table.replaced
            }
            var records = try CaseRecordImport(db, stamp: stamp, who: who, source: source)
            let incoming = try gathered()
            // The store will hold exactly the export only if it held nothing: no young
            // people or contexts, and no case records (SQL by hand could leave those).
            let compacting = wasEmpty && records.isFirst ? Background { () throws -> [[UInt8]]? in
                guard let export = try export() else { return nil }
                return CompactScaling.pieces(of: export, order: incoming.recordOrder(ofScalingIn: export))
            } : nil
            defer { _ = try? compacting?.value() }  // nothing left running
            try records.write(incoming)
            summary.added += records.added
            summary.updated += records.updated
            summary.replaced += records.replaced
            summary.droppedVoices += records.droppedVoices
            _ = try export()
            try StoreSchema.advanceGeneration(db)
            if let pieces = try compacting?.value() {
                try CompactScalingTable.write(pieces, into: db)
            } else {
                let stored = try DatasetReader.read(from: StoreTables(connection: db), source: (path as NSString).lastPathComponent, cores: 1)
                try CompactScalingTable.write(stored, into: db)
            }
            try Self.audit(db, who: who, action: "import", audience: nil, rows: summary.added + summary.updated, detail: source)
            return summary
        }
    }

    /// Whether the store holds no rows of the contract's tables, kept as rows or as case records.
    static func holdsNothing(_ db: Database) throws -> Bool {
        let tables = StoreSchema.rowFiles.map(StoreSchema.tableName) + StoreSchema.chunkedFiles.map(StoreSchema.recordTable)
        let any = tables.map { "(SELECT count(*) FROM (SELECT 1 FROM \($0) LIMIT 1))" }.joined(separator: " + ")
        return try Int.fetchOne(db, sql: "SELECT \(any)") == 0
    }

    /// Fails as SQLite does at a commit when a row refers to one that is not there: for
    /// writes made with the look-ups off.
    static func checkReferences(_ db: Database) throws {
        if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "FOREIGN KEY constraint failed")
        }
    }

    /// Runs an import with the store out of write-ahead logging when no one else has it open,
    /// so that its pages are written once.
    ///
    /// With write-ahead logging every page an import writes goes to the log and is copied
    /// into the file afterwards: a 290 MB import wrote 580 MB and read 290 MB back. A rollback
    /// journal keeps only the pages an import changes, and none of those it adds, while
    /// still leaving the store as it was if the process dies. SQLite allows the switch only
    /// to the one connection that has the file open; otherwise the import goes through the
    /// log as usual. The store is back in write-ahead logging when this returns, or at the
    /// next open if the process is killed.
    func writingPagesOnce<T>(_ body: () throws -> T) throws -> T {
        let alone = (try? database.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = DELETE") }) == "delete"
        defer {
            if alone { _ = try? database.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") } }
        }
        return try body()
    }

    /// Runs `body`, turning SQLite's errors into a `StoreError` that names the file and
    /// says what to do; a dataset's problems pass through as they are.
    private func explained<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(path: path, operation: operation, underlying: error)
        }
    }

    /// Removes a young person or a context and every row that refers to them, in one
    /// transaction, checked like an import: if what is left would not be a valid dataset (an
    /// agreed weighting no longer summing to 100), nothing is removed.
    /// - Parameter confirmed: when `false`, only counts what would be removed.
    /// - Returns: the rows removed (or that would be), by table.
    public func remove(_ removal: Removal, who: String, confirmed: Bool) throws -> [(table: String, rows: Int)] {
        try explained("remove \(removal) from") { try database.writeWithoutTransaction { db in
            var removed: [String: Int] = [:]
            try db.inTransaction {
                removed = try StoreRemoval(removal, path: path).run(db)
                let left = try DatasetReader.read(from: StoreTables(connection: db), source: (path as NSString).lastPathComponent, cores: 1)
                guard confirmed else { return .rollback }
                try StoreSchema.advanceGeneration(db)
                try CompactScalingTable.write(left, into: db)
                try CompactScalingTable.stamp(db)
                try Self.audit(db, who: who, action: "remove", audience: nil, rows: removed.values.reduce(0, +), detail: "\(removal)")
                return .commit
            }
            if !confirmed {
                // What would go, listed for someone to check, is a view of the young person's
                // or context's records.
                try Self.audit(db, who: who, action: "remove (listed)", audience: nil, rows: removed.values.reduce(0, +), detail: "\(removal)")
            }
            let order = RawTable.contractFiles.map { StoreSchema.tableName($0.file) } + ["plan_action_history", "replaced_rows"]
            return order.compactMap { table in removed[table].map { (table, $0) } }
        } }
    }

    /// The name the store holds for the young person or context `removal` takes, if any: what
    /// a person checks before confirming that the right one goes.
    public func name(of removal: Removal) throws(StoreError) -> String? {
        let (table, id) = switch removal {
        case .youngPerson(let id): ("young_people", id)
        case .context(let id): ("contexts", id)
        }
        do {
            return try database.read { db in try String.fetchOne(db, sql: "SELECT name FROM \(table) WHERE id = ?", arguments: [id]) }
        } catch {
            throw StoreError(path: path, operation: "read", underlying: error)
        }
    }

    /// A plan action's statuses over time, oldest first, as each import recorded them; none
    /// for an action the store does not hold.
    public func statusHistory(youngPerson: String, target: String, context: String?, action: String) throws -> [(at: String, status: String?, who: String)] {
        // An empty context is absent, as the contract reads it.
        let identity: [String?] = [youngPerson, target, context.flatMap { $0.isEmpty ? nil : $0 }, action]
        let file = "plan_actions.csv"
        let identityColumns = RowKeys.identity(of: file)!
        return try database.read { db in
            let record = try Data.fetchOne(db, sql: "SELECT rows FROM \(StoreSchema.recordTable(file)) WHERE young_person_id = ?", arguments: [youngPerson])
            let stored = try CaseRecordMerge.rows(of: record, file: file, record: "\(StoreSchema.recordTable(file)) record of \(youngPerson)").first { row in identityColumns.map { row[$0] } == identity }
            guard let stored else { return [] }
            // The action's key exactly as an import wrote it.
            var key: [UInt8] = []
            RowKeys.key(of: stored, identity: identityColumns, into: &key)
            return try PlanHistory.entries(db, key: String(decoding: key, as: UTF8.self),
                                           current: stored[StoreSchema.columns(of: file)!.firstIndex(of: "status")!])
        }
    }

    /// Records that someone read or exported something.
    public func recordView(who: String, action: String, audience: String?, rows: Int, detail: String? = nil) throws(StoreError) {
        do {
            try database.write { db in try Self.audit(db, who: who, action: action, audience: audience, rows: rows, detail: detail) }
        } catch {
            throw StoreError(path: path, operation: "write the audit trail of", underlying: error)
        }
    }

    /// The rows imports replaced, oldest replacement first: all of them, or one young person's.
    public func replacedRows(of youngPerson: String? = nil) throws(StoreError) -> [ReplacedRow] {
        do {
            return try database.read { db in
                let sql = "SELECT id, file, young_person_id, at, who, source, rows FROM replaced_rows "
                    + (youngPerson == nil ? "" : "WHERE young_person_id = ? ") + "ORDER BY id"
                var replaced: [ReplacedRow] = []
                for record in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(youngPerson.map { [$0] } ?? [])) {
                    let file: String = record["file"]
                    guard let columns = StoreSchema.columns(of: file) else { continue }
                    for values in try CaseRecordMerge.rows(of: record["rows"] as Data?, file: file, record: "replaced_rows row \(record["id"] as Int64? ?? 0)") {
                        replaced.append(ReplacedRow(at: record["at"], who: record["who"], source: record["source"],
                                                    table: StoreSchema.tableName(file), youngPerson: record["young_person_id"],
                                                    columns: columns, values: values))
                    }
                }
                return replaced
            }
        } catch {
            throw StoreError(path: path, operation: "read the replaced rows of", underlying: error)
        }
    }

    /// The audit trail, oldest first.
    public func auditTrail(_ filter: AuditFilter = AuditFilter()) throws(StoreError) -> [AuditEntry] {
        do {
            return try database.read { db in
                let (condition, arguments) = filter.condition
                var sql = "SELECT at, who, action, audience, rows, detail FROM audit WHERE \(condition) ORDER BY id"
                if let last = filter.last {
                    sql = "SELECT * FROM (SELECT id, at, who, action, audience, rows, detail FROM audit WHERE \(condition) "
                        + "ORDER BY id DESC LIMIT \(max(0, last))) ORDER BY id"
                }
                return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                    AuditEntry(at: row["at"], who: row["who"], action: row["action"], audience: row["audience"], rows: row["rows"], detail: row["detail"])
                }
            }
        } catch {
            throw StoreError(path: path, operation: "read the audit trail of", underlying: error)
        }
    }

    /// Copies the store to `path` with SQLite's online backup: consistent even while others
    /// read or write. A copy that fails part way is deleted, unless the file was there before.
    public func backup(to path: String) throws(StoreError) {
        let wasThere = FileManager.default.fileExists(atPath: path)
        // The copy is closed when this returns, before a failed one is deleted.
        func copy() throws {
            let copy = try DatabaseQueue(path: path)
            try database.backup(to: copy)
        }
        do {
            try copy()
        } catch {
            if !wasThere { Self.deleteFiles(at: path) }
            let cause = StoreError(path: path, operation: "back up", underlying: error)
            throw StoreError(path: self.path, operation: "back up", reason: "writing the copy \(path): \(cause.reason)",
                             advice: "check that the folder of \(path) exists and this user can write in it, and that the disk has room")
        }
    }

    /// The pages the file holds (for tests that fill it).
    func pageCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    }

    /// Whether SQLite finds the file sound (`PRAGMA integrity_check`).
    public func isIntact() throws -> Bool {
        try database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
    }

    // MARK: internals

    private static func tables(_ db: Database) throws -> [RawTable] {
        try RawTable.contractFiles.map { file, columns in
            if StoreSchema.chunkedFiles.contains(file) {
                // Young people in the order of their own table, which an export gives back as
                // it is: the records' own order is the order they were first written in, which
                // an import of the export would not make again.
                let table = StoreSchema.recordTable(file)
                let records = try Row.fetchCursor(db, sql: "SELECT record.young_person_id, record.rows FROM \(table) AS record "
                    + "LEFT JOIN young_people AS person ON person.id = record.young_person_id ORDER BY person.seq, record.seq")
                var rows: [[String?]] = []
                while let record = try records.next() {
                    rows += try CaseRecordMerge.rows(of: record[1] as Data?, file: file, record: "\(table) record of \(record[0] as String? ?? "?")")
                }
                return RawTable(file: file, columns: columns, rows: rows)
            }
            let stored = try Row.fetchAll(db, sql: "SELECT \(columns.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(StoreSchema.tableName(file)) ORDER BY seq")
            return RawTable(file: file, columns: columns, rows: stored.map { row in columns.indices.map { row[$0] as String? } })
        }
    }

    /// The time in UTC, as `2026-11-30T13:04:20Z`. Foundation's format style, not a new
    /// ISO8601DateFormatter per call: making one (through ICU) took 1.7 ms, a fifth of the
    /// CPU `serve` spent per page, inside the audit trail's write.
    static func now() -> String { Date().formatted(.iso8601) }

    static func audit(_ db: Database, who: String, action: String, audience: String?, rows: Int, detail: String?) throws {
        let stamp = now()
        try db.execute(sql: "INSERT INTO audit (at, who, action, audience, rows, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [stamp, who, action, audience, rows, detail])
    }
}
