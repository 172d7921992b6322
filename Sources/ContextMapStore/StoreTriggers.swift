import GRDB

/// The triggers that keep what the store derives from its rows in step with them when the
/// rows are changed with SQL by hand: the compact scaling form is dropped when the scaling
/// records change, and a row's line is made again from its columns when the row is inserted
/// or updated.
///
/// ContextMap's own imports keep both in step themselves, and suspend the triggers while
/// they write (`suspended`): firing on each of 100,000 rows, or merely being there for an
/// upsert that might fire them, costs SQLite a statement journal a row, a quarter of a
/// second or more of a 2-second import.
enum StoreTriggers {
    /// Triggers that drop the compact scaling form, one per kind of change to the records.
    static let compactScaling: [(name: String, sql: String)] = ["INSERT", "UPDATE", "DELETE"].map { change in
        let name = "case_scaling_" + change.lowercased()
        return (name, "CREATE TRIGGER IF NOT EXISTS \(name) AFTER \(change) ON case_scaling BEGIN DELETE FROM compact_scaling; END")
    }

    /// Triggers that make a row's line again from its columns after an insert or an update,
    /// when it differs (so that they never fire themselves again, even with SQLite's
    /// recursive triggers on).
    static let lines: [(name: String, sql: String)] = StoreSchema.rowFiles.flatMap { file in
        let table = StoreSchema.tableName(file), line = StoreSchema.lineExpression(of: file, row: "NEW.")
        return ["INSERT", "UPDATE"].map { change in
            let name = "\(table)_line_\(change.lowercased())"
            return (name, "CREATE TRIGGER IF NOT EXISTS \(name) AFTER \(change) ON \(table) WHEN NEW.line IS NOT (\(line)) "
                + "BEGIN UPDATE \(table) SET line = \(line) WHERE rowid = NEW.rowid; END")
        }
    }

    /// Creates those of `triggers` that are missing.
    static func create(_ triggers: [(name: String, sql: String)], in db: Database) throws {
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    /// Whether all of `triggers` are there.
    static func arePresent(_ triggers: [(name: String, sql: String)], in db: Database) throws -> Bool {
        let names = triggers.map { "'\($0.name)'" }.joined(separator: ", ")
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (\(names))") == triggers.count
    }

    /// Runs `body`, an import that keeps the compact form and the lines in step itself,
    /// inside its transaction without the triggers; they are all there again before it
    /// commits (or rolls back), whether or not they all were before.
    static func suspended<T>(in db: Database, _ body: () throws -> T) throws -> T {
        for trigger in compactScaling + lines { try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger.name)") }
        let result = try body()
        try create(compactScaling + lines, in: db)
        return result
    }
}
