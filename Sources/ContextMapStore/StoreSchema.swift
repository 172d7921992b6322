import ContextMap
import GRDB

/// The store's tables and their versioned migrations.
///
/// Each table of the data contract is kept as text, exactly as it arrived, with a row key
/// that makes a re-import an update rather than a copy, and `seq` (the row id) keeping the
/// order rows first arrived in.
enum StoreSchema {
    /// The SQL name of a contract file's table: `scaling.csv` → `scaling`.
    static func tableName(_ file: String) -> String { String(file.dropLast(4)) }

    /// Foreign keys of each table, column → referenced table (its `id`).
    static let references: [String: [(column: String, table: String)]] = [
        "links": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "scaling": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "peer_links": [("young_person_id", "young_people"), ("other_young_person_id", "young_people")],
        "plan_actions": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "agreed_weighting": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "places": [("context_id", "contexts")],
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: contract tables and the audit trail") { db in
            for (file, columns) in RawTable.contractFiles {
                let table = tableName(file)
                var definitions = ["seq INTEGER PRIMARY KEY", "row_key TEXT NOT NULL UNIQUE"]
                for column in columns {
                    var definition = "\"\(column)\" TEXT"
                    if column == "id" { definition += " NOT NULL UNIQUE" }
                    if let target = references[table]?.first(where: { $0.column == column })?.table {
                        definition += " REFERENCES \(target)(id)"
                    }
                    definitions.append(definition)
                }
                try db.execute(sql: "CREATE TABLE \(table) (\(definitions.joined(separator: ", ")))")
            }
            try db.execute(sql: """
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    action TEXT NOT NULL,
                    audience TEXT,
                    rows INTEGER,
                    detail TEXT
                )
                """)
        }
        return migrator
    }
}
