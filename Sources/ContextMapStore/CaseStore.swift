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

    /// The dataset the store holds, checked by the same code as files.
    public func dataset() throws -> Dataset {
        try DatasetReader.read(tables: tables(), source: (path as NSString).lastPathComponent)
    }

    /// Imports `incoming` (a validated export) all or nothing: the store's rows and the new
    /// ones together are checked as one dataset first, and written in one transaction, so a
    /// bad row, a full disk or a killed process leaves the store exactly as it was.
    /// - Returns: how many rows were added and how many updated.
    @discardableResult
    public func importTables(_ incoming: [RawTable], source: String, who: String) throws -> ImportSummary {
        // One write transaction: the checks and every row, or nothing.
        try database.write { db in
            let current = try Self.tables(db)
            let keys = incoming.map(RowKeys.keys(for:))
            let merged = Self.merge(current, currentKeys: try Self.rowKeys(db), incoming, keys: keys)
            _ = try DatasetReader.read(tables: merged.tables, source: source)
            for (table, tableKeys) in zip(incoming, keys) where !table.rows.isEmpty {
                let name = StoreSchema.tableName(table.file)
                let columns = table.columns.map { "\"\($0)\"" }
                let sql = "INSERT INTO \(name) (row_key, \(columns.joined(separator: ", "))) VALUES (?\(String(repeating: ", ?", count: columns.count))) "
                    + "ON CONFLICT(row_key) DO UPDATE SET " + columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
                let statement = try db.cachedStatement(sql: sql)
                for (key, row) in zip(tableKeys, table.rows) {
                    let values: [DatabaseValue] = [key.databaseValue] + row.map { $0?.databaseValue ?? .null }
                    try statement.execute(arguments: StatementArguments(values))
                }
            }
            let summary = ImportSummary(added: merged.added, updated: merged.updated)
            try Self.audit(db, who: who, action: "import", audience: nil, rows: summary.added + summary.updated, detail: source)
            return summary
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

    /// The store's tables with `incoming` upserted by row key, as they will be after import.
    /// The stored row keys of every table, in the order of `tables(_:)`.
    private static func rowKeys(_ db: Database) throws -> [String: [String]] {
        var keys: [String: [String]] = [:]
        for (file, _) in RawTable.contractFiles {
            keys[file] = try String.fetchAll(db, sql: "SELECT row_key FROM \(StoreSchema.tableName(file)) ORDER BY seq")
        }
        return keys
    }

    private static func merge(_ current: [RawTable], currentKeys: [String: [String]], _ incoming: [RawTable],
                              keys: [[String]]) -> (tables: [RawTable], added: Int, updated: Int) {
        var added = 0, updated = 0
        var merged: [RawTable] = []
        for table in current {
            guard let which = incoming.firstIndex(where: { $0.file == table.file }), !incoming[which].rows.isEmpty else {
                merged.append(table)
                continue
            }
            var result = table
            var position = Dictionary(zip(currentKeys[table.file] ?? [], table.rows.indices), uniquingKeysWith: { first, _ in first })
            for (key, row) in zip(keys[which], incoming[which].rows) {
                if let index = position[key] {
                    if result.rows[index] != row { updated += 1 }
                    result.rows[index] = row
                } else {
                    position[key] = result.rows.count
                    result.rows.append(row)
                    added += 1
                }
            }
            merged.append(result)
        }
        return (merged, added, updated)
    }

    private static func audit(_ db: Database, who: String, action: String, audience: String?, rows: Int, detail: String?) throws {
        let stamp = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: "INSERT INTO audit (at, who, action, audience, rows, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [stamp, who, action, audience, rows, detail])
    }
}
