import ContextMap
import GRDB

/// The store's tables and their versioned migrations.
///
/// Each table of the data contract is kept as text, exactly as it arrived, so that an export
/// gives back what was imported and a load is checked by the same code as files; `seq` (the
/// row id) keeps the order rows first arrived in.
enum StoreSchema {
    /// The SQL name of a contract file's table: `scaling.csv` → `scaling`.
    static func tableName(_ file: String) -> String { String(file.dropLast(4)) }

    /// The contract's columns of `file`, in the contract's order; `nil` for no such file.
    static func columns(of file: String) -> [String]? {
        RawTable.contractFiles.first { $0.file == file }?.columns
    }

    /// How many writes the store has committed: a load that saw two values overlapped one.
    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT value FROM generation") ?? 0
    }

    /// Marks a write, inside its transaction.
    static func advanceGeneration(_ db: Database) throws {
        try db.execute(sql: "UPDATE generation SET value = value + 1")
    }

    /// Foreign keys of each table, column → referenced table (its `id`).
    static let references: [String: [(column: String, table: String)]] = [
        "links": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "scaling": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "peer_links": [("young_person_id", "young_people"), ("other_young_person_id", "young_people")],
        "plan_actions": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "agreed_weighting": [("young_person_id", "young_people"), ("context_id", "contexts")],
        "places": [("context_id", "contexts")],
    ]

    /// The definition of one contract column.
    private static func definition(_ column: String, table: String) -> String {
        var definition = "\"\(column)\" TEXT"
        if column == "id" { definition += " NOT NULL UNIQUE" }
        if let target = references[table]?.first(where: { $0.column == column })?.table {
            definition += " REFERENCES \(target)(id)"
        }
        return definition
    }

    /// The first migration, which every ContextMap store has recorded.
    static let firstMigration = "v1: contract tables and the audit trail"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            for (file, columns) in RawTable.contractFiles {
                let table = tableName(file)
                let definitions = ["seq INTEGER PRIMARY KEY", "row_key TEXT NOT NULL UNIQUE"]
                    + columns.map { definition($0, table: table) }
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
        migrator.registerMigration("v2: reviews replace scaling, plan history, generations") { db in
            // Scaling rows lose their content key: a review's rows for one context and date
            // replace the stored ones of that context and date, so a corrected score is an
            // update, not a second row. The rows and their order are kept.
            let scaling = columns(of: "scaling.csv")!
            let list = scaling.map { "\"\($0)\"" }.joined(separator: ", ")
            try db.execute(sql: "CREATE TABLE scaling_v2 (seq INTEGER PRIMARY KEY, "
                + scaling.map { definition($0, table: "scaling") }.joined(separator: ", ") + ")")
            try db.execute(sql: "INSERT INTO scaling_v2 (seq, \(list)) SELECT seq, \(list) FROM scaling ORDER BY seq")
            try db.execute(sql: "DROP TABLE scaling")
            try db.execute(sql: "ALTER TABLE scaling_v2 RENAME TO scaling")
            // Peer links and plan actions are keyed by identity now, not content, so that a
            // plan action's new status updates it; identical rows become one.
            try db.execute(sql: "UPDATE OR REPLACE peer_links SET row_key = young_person_id || char(31) || other_young_person_id")
            try db.execute(sql: """
                UPDATE OR REPLACE plan_actions SET row_key = young_person_id || char(31) || target || char(31)
                    || ifnull(context_id, '') || char(31) || action
                """)
            try db.execute(sql: """
                CREATE TABLE plan_action_history (
                    id INTEGER PRIMARY KEY,
                    row_key TEXT NOT NULL,
                    at TEXT NOT NULL,
                    status TEXT,
                    who TEXT NOT NULL,
                    source TEXT
                )
                """)
            try db.execute(sql: "CREATE INDEX plan_action_history_by_action ON plan_action_history(row_key, id)")
            try db.execute(sql: "INSERT INTO plan_action_history (row_key, at, status, who, source) "
                + "SELECT row_key, '', status, 'before history was kept', NULL FROM plan_actions ORDER BY seq")
            try db.execute(sql: "CREATE TABLE generation (value INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO generation (value) VALUES (0)")
        }
        migrator.registerMigration("v3: case records by young person") { db in
            // The rows of each table about one young person (links, scaling, peer links, plan,
            // agreed shares) kept together as CSV text in the contract's column order: what an
            // import adds to, a removal takes away and a load reads, and reading it is the same
            // check as reading files. One table each, so that reading one reads no other.
            for file in chunkedFiles {
                let table = tableName(file)
                try db.execute(sql: "CREATE TABLE \(recordTable(file)) (seq INTEGER PRIMARY KEY, "
                    + "young_person_id TEXT NOT NULL UNIQUE REFERENCES young_people(id), rows TEXT NOT NULL)")
                let line = columns(of: file)!.map { column in
                    "CASE WHEN \"\(column)\" IS NULL OR \"\(column)\" = '' THEN '' ELSE '\"' || replace(\"\(column)\", '\"', '\"\"') || '\"' END"
                }.joined(separator: " || ',' || ")
                try db.execute(sql: """
                    INSERT INTO \(recordTable(file)) (young_person_id, rows)
                    SELECT young_person_id, group_concat(line, '') FROM (
                        SELECT \(table).young_person_id, \(line) || char(10) AS line FROM \(table)
                        JOIN young_people ON young_people.id = \(table).young_person_id
                        ORDER BY young_people.seq, \(table).seq)
                    GROUP BY young_person_id
                    """)
                try db.execute(sql: "DROP TABLE \(table)")
            }
        }
        migrator.registerMigration("v4: plan history starts at a first import") { db in
            // An import into a store with no case records writes one row here instead of a
            // history row for each of its plan actions: an action without rows of its own has
            // had its status since the latest of these (see `PlanHistory`).
            try db.execute(sql: """
                CREATE TABLE plan_history_start (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    source TEXT
                )
                """)
        }
        migrator.registerMigration("v5: people who sign in to serve") { db in
            // Only a slow hash of each password is kept (bcrypt, made by the caller).
            try db.execute(sql: """
                CREATE TABLE users (
                    name TEXT PRIMARY KEY NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('practitioner', 'chair', 'partner', 'analyst')),
                    password_hash TEXT NOT NULL,
                    created_at TEXT NOT NULL
                )
                """)
        }
        migrator.registerMigration("v6: rows kept as lines too") { db in
            // Each row of young people, contexts and places also as one CSV line in the
            // contract's columns, which is what a load reads: one value a row instead of one
            // a column (SQLite's column-by-column reads of 100,000 young people cost 70 ms,
            // a line each 20 ms). The columns stay, for keys, references and plain SQL.
            for file in rowFiles {
                let table = tableName(file)
                try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN line TEXT NOT NULL DEFAULT ''")
                try db.execute(sql: "UPDATE \(table) SET line = \(lineExpression(of: file))")
            }
        }
        migrator.registerMigration("v7: rows an import replaced are kept") { db in
            // What the store held before an import corrected it: a review's earlier rows, a
            // link, plan action, young person, context or place before its change, as CSV
            // text in the file's columns, under the young person it is about (none for a
            // context or place). Nothing an import replaces is lost; only `remove` takes
            // rows away.
            try db.execute(sql: """
                CREATE TABLE replaced_rows (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    young_person_id TEXT,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    source TEXT,
                    rows TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX replaced_rows_by_young_person ON replaced_rows(young_person_id, id)")
        }
        // v8 and v9 add only a table and triggers: they check no references, so that a store
        // with rows that SQL by hand left without their young person still opens.
        migrator.registerMigration("v8: scaling rows in a compact form too", foreignKeyChecks: .immediate) { db in
            // What a load reads instead of the scaling records' text (`CompactScalingTable`):
            // about a sixth of the bytes and nothing to parse. A store from before has none
            // until its next import or removal, and is read from its text until then.
            try db.execute(sql: "CREATE TABLE compact_scaling (piece INTEGER PRIMARY KEY, generation INTEGER NOT NULL, data BLOB NOT NULL)")
            try StoreTriggers.create(StoreTriggers.compactScaling, in: db)
        }
        migrator.registerMigration("v9: a row's line follows its columns", foreignKeyChecks: .immediate) { db in
            // A load reads a row's line, `export` its columns: an insert or update of either
            // with SQL by hand must not leave them saying different things, so the line is
            // made again from the columns, which are what an export gives back.
            try StoreTriggers.create(StoreTriggers.lines, in: db)
        }
        return migrator
    }

    /// SQL for a row's CSV line from its columns (of `row`, such as `NEW.` in a trigger): a
    /// field quoted only when it must be, an absent one empty.
    static func lineExpression(of file: String, row: String = "") -> String {
        columns(of: file)!.map { name in
            let column = "\(row)\"\(name)\""
            return """
                CASE WHEN \(column) IS NULL THEN '' \
                WHEN instr(\(column), '"') OR instr(\(column), ',') OR instr(\(column), char(10)) OR instr(\(column), char(13)) \
                THEN '"' || replace(\(column), '"', '""') || '"' ELSE \(column) END
                """
        }.joined(separator: " || ',' || ")
    }

    /// The table of case records for `file`: `scaling.csv` → `case_scaling`.
    static func recordTable(_ file: String) -> String { "case_" + tableName(file) }

    /// The tables kept in young people's case records: each row names its young person in
    /// `young_person_id`.
    static let chunkedFiles = ["links.csv", "scaling.csv", "peer_links.csv", "plan_actions.csv", "agreed_weighting.csv"]

    /// The tables kept a row per row, in the order an import writes them (each refers only
    /// to those before it): young people, contexts and places.
    static let rowFiles = ["young_people.csv", "contexts.csv", "places.csv"]
}
