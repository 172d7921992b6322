import ContextMap
import Foundation
import GRDB

/// The embedded case store: one SQLite file that keeps every import's rows (scaling
/// accumulates as history), what conferences agreed, and an audit trail of every import and
/// every view. Foreign keys on, write-ahead logging, versioned migrations.
public final class CaseStore: Sendable {
    public let path: String
    private let database: DatabasePool

    /// Opens the store at `path`, making it and bringing its schema up to date as needed.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(5)
            database = try DatabasePool(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(database)
        } catch {
            throw StoreError(path: path, operation: "open", underlying: error)
        }
    }

    /// Every table of the contract as stored, in the order rows first arrived.
    public func tables() throws(StoreError) -> [RawTable] {
        do {
            return try database.read { db in try Self.tables(db) }
        } catch {
            throw StoreError(path: path, operation: "read", underlying: error)
        }
    }

    /// The dataset the store holds, checked by the same code as files, the scaling table read
    /// in one piece per core. A load that overlapped an import is read again.
    public func dataset() throws -> Dataset {
        let name = (path as NSString).lastPathComponent
        while true {
            let tables = StoreTables(pool: database)
            let dataset = try DatasetReader.read(from: tables, source: name)
            if tables.isConsistent { return dataset }
        }
    }

    /// Checks the CSV folder at `folder` on its own (its problems named by its own files and
    /// lines), then imports it all or nothing.
    /// - Returns: what changed, and the export's warnings.
    public func importFolder(_ folder: String, who: String) throws -> (summary: ImportSummary, warnings: IssueLog) {
        let checked = try DatasetReader.read(from: folder)
        let summary = try importRows(source: (folder as NSString).lastPathComponent, who: who, exportIsChecked: true) { file, body in
            try RawTableReader.forEachRow(in: folder, file: file) { try body($0) }
        }
        return (summary, checked.warnings)
    }

    /// Imports tables of text cells all or nothing; a table left out is left as it is.
    @discardableResult
    public func importTables(_ incoming: [RawTable], source: String, who: String) throws -> ImportSummary {
        try importRows(source: source, who: who, exportIsChecked: false) { file, body in
            guard let table = incoming.first(where: { $0.file == file }) else { return false }
            for row in table.rows { try body(row) }
            return true
        }
    }

    /// Writes every incoming row in one transaction, then checks the store as it will be
    /// with the same code as files, so that a bad row, a full disk or a killed process
    /// leaves the store exactly as it was.
    ///
    /// A first import of a checked export needs no second check: the store will hold exactly
    /// the export.
    private func importRows(source: String, who: String, exportIsChecked: Bool,
                            rows: (String, (any ContractCells) throws -> Void) throws -> Bool) throws -> ImportSummary {
        try database.write { db in
            // References are checked at commit, after the check below has named any bad row.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let wasEmpty = try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM (SELECT 1 FROM young_people LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM contexts LIMIT 1))") == 0
            let stamp = Self.now()
            var summary = ImportSummary()
            for (file, _) in RawTable.contractFiles {
                if file == "scaling.csv" {
                    var scaling = try ScalingImport(db)
                    _ = try rows(file) { try scaling.add($0) }
                    try scaling.finish()
                    summary.added += scaling.added
                    summary.updated += scaling.updated
                } else {
                    var table = try TableImport(db, file: file, stamp: stamp, who: who, source: source)
                    _ = try rows(file) { try table.add($0) }
                    try table.finish()
                    summary.added += table.added
                    summary.updated += table.updated
                }
            }
            if !(wasEmpty && exportIsChecked) {
                _ = try DatasetReader.read(from: StoreTables(connection: db), source: (path as NSString).lastPathComponent, cores: 1)
            }
            try StoreSchema.advanceGeneration(db)
            try Self.audit(db, who: who, action: "import", audience: nil, rows: summary.added + summary.updated, detail: source)
            return summary
        }
    }

    /// Removes a young person or a context and every row that refers to them, in one
    /// transaction, checked like an import: if what is left would not be a valid dataset (an
    /// agreed weighting no longer summing to 100), nothing is removed.
    /// - Parameter confirmed: when `false`, only counts what would be removed.
    /// - Returns: the rows removed (or that would be), by table.
    public func remove(_ removal: Removal, who: String, confirmed: Bool) throws -> [(table: String, rows: Int)] {
        try database.writeWithoutTransaction { db in
            var removed: [(table: String, rows: Int)] = []
            try db.inTransaction {
                let (column, owner) = switch removal {
                case .youngPerson(let id): ("young_person_id", (table: "young_people", id: id))
                case .context(let id): ("context_id", (table: "contexts", id: id))
                }
                guard try Int.fetchOne(db, sql: "SELECT count(*) FROM \(owner.table) WHERE id = ?", arguments: [owner.id]) == 1 else {
                    throw NotInStoreError(removal: removal, path: path)
                }
                func delete(_ table: String, where condition: String, _ arguments: StatementArguments) throws {
                    try db.execute(sql: "DELETE FROM \(table) WHERE \(condition)", arguments: arguments)
                    if db.changesCount > 0 { removed.append((table, db.changesCount)) }
                }
                let id: StatementArguments = [owner.id]
                try delete("plan_action_history", where: "row_key IN (SELECT row_key FROM plan_actions WHERE \(column) = ?)", id)
                for table in ["scaling", "links", "plan_actions", "agreed_weighting"] {
                    try delete(table, where: "\(column) = ?", id)
                }
                if case .youngPerson = removal {
                    try delete("peer_links", where: "young_person_id = ? OR other_young_person_id = ?", [owner.id, owner.id])
                } else {
                    try delete("places", where: "context_id = ?", id)
                }
                try delete(owner.table, where: "id = ?", id)
                _ = try DatasetReader.read(from: StoreTables(connection: db), source: (path as NSString).lastPathComponent, cores: 1)
                guard confirmed else { return .rollback }
                try StoreSchema.advanceGeneration(db)
                try Self.audit(db, who: who, action: "remove", audience: nil, rows: removed.reduce(0) { $0 + $1.rows },
                               detail: "\(removal)")
                return .commit
            }
            return removed
        }
    }

    /// A plan action's statuses over time, oldest first, as each import recorded them.
    public func statusHistory(youngPerson: String, target: String, context: String?, action: String) throws -> [(at: String, status: String?, who: String)] {
        let key = [youngPerson, target, context ?? "", action].joined(separator: "\u{1F}")
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT at, status, who FROM plan_action_history WHERE row_key = ? ORDER BY id", arguments: [key])
                .map { ($0["at"], $0["status"], $0["who"]) }
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

    /// The audit trail, oldest first.
    public func auditTrail() throws(StoreError) -> [AuditEntry] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT at, who, action, audience, rows, detail FROM audit ORDER BY id").map { row in
                    AuditEntry(at: row["at"], who: row["who"], action: row["action"], audience: row["audience"], rows: row["rows"], detail: row["detail"])
                }
            }
        } catch {
            throw StoreError(path: path, operation: "read the audit trail of", underlying: error)
        }
    }

    /// Copies the store to `path` with SQLite's online backup: consistent even while others
    /// read or write.
    public func backup(to path: String) throws(StoreError) {
        do {
            let copy = try DatabaseQueue(path: path)
            try database.backup(to: copy)
        } catch {
            throw StoreError(path: path, operation: "back up to", underlying: error)
        }
    }

    /// Whether SQLite finds the file sound (`PRAGMA integrity_check`).
    public func isIntact() throws -> Bool {
        try database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
    }

    // MARK: internals

    private static func tables(_ db: Database) throws -> [RawTable] {
        try RawTable.contractFiles.map { file, columns in
            let name = StoreSchema.tableName(file)
            let rows = try Row.fetchAll(db, sql: "SELECT \(columns.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(name) ORDER BY seq")
            return RawTable(file: file, columns: columns, rows: rows.map { row in columns.indices.map { row[$0] as String? } })
        }
    }

    private static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    private static func audit(_ db: Database, who: String, action: String, audience: String?, rows: Int, detail: String?) throws {
        let stamp = now()
        try db.execute(sql: "INSERT INTO audit (at, who, action, audience, rows, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [stamp, who, action, audience, rows, detail])
    }
}
