import ContextMap
import GRDB

/// Writes incoming scaling rows as reviews: an export's rows for one young person, context
/// and date are that review, and replace what the store held for the same three, so that a
/// corrected score is an update, the same review again changes nothing, and a new date adds
/// to the history.
///
/// Into an empty store the rows go straight in. Otherwise they are staged in a temporary
/// table and compared, review by review, with the stored rows: a review whose rows differ in
/// any way (as a multiset) is replaced, the others are left as they are.
struct ScalingImport {
    private let db: Database
    private let columns: [String]
    private let staged: Bool
    private let insert: FastStatement
    private(set) var added = 0
    private(set) var updated = 0

    init(_ db: Database) throws {
        self.db = db
        columns = StoreSchema.columns(of: "scaling.csv")!
        staged = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM scaling LIMIT 1)") == 1
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let target = staged ? "temp.incoming_scaling" : "main.scaling"
        if staged {
            try db.execute(sql: "CREATE TEMP TABLE incoming_scaling (ord INTEGER PRIMARY KEY, \(list))")
        }
        insert = try FastStatement(db, sql: "INSERT INTO \(target) (\(list)) VALUES (?\(String(repeating: ", ?", count: columns.count - 1)))")
    }

    mutating func add(_ row: some ContractCells) throws {
        insert.bind(row, columns: Array(columns.indices), from: 1)
        try insert.execute()
        added += 1
    }

    /// Replaces the reviews that changed and counts what was added and what updated.
    mutating func finish() throws {
        guard staged else { return }
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let review = "young_person_id, context_id, date"
        try db.execute(sql: """
            CREATE TEMP TABLE incoming_reviews AS SELECT DISTINCT \(review) FROM temp.incoming_scaling;
            CREATE TEMP TABLE stored_scaling AS SELECT \(list) FROM main.scaling
                WHERE (\(review)) IN (SELECT \(review) FROM temp.incoming_reviews);
            CREATE TEMP TABLE changed_reviews AS SELECT DISTINCT \(review) FROM (
                SELECT * FROM (SELECT \(list), count(*) FROM temp.incoming_scaling GROUP BY \(list)
                               EXCEPT SELECT \(list), count(*) FROM temp.stored_scaling GROUP BY \(list))
                UNION ALL
                SELECT * FROM (SELECT \(list), count(*) FROM temp.stored_scaling GROUP BY \(list)
                               EXCEPT SELECT \(list), count(*) FROM temp.incoming_scaling GROUP BY \(list)));
            """)
        let changedRows = "FROM temp.incoming_scaling WHERE (\(review)) IN (SELECT \(review) FROM temp.changed_reviews)"
        updated = try Int.fetchOne(db, sql: "SELECT count(*) \(changedRows) AND (\(review)) IN (SELECT \(review) FROM temp.stored_scaling)") ?? 0
        added = (try Int.fetchOne(db, sql: "SELECT count(*) \(changedRows)") ?? 0) - updated
        try db.execute(sql: """
            DELETE FROM main.scaling WHERE (\(review)) IN (SELECT \(review) FROM temp.changed_reviews);
            INSERT INTO main.scaling (\(list)) SELECT \(list) \(changedRows) ORDER BY ord;
            DROP TABLE temp.incoming_scaling;
            DROP TABLE temp.incoming_reviews;
            DROP TABLE temp.stored_scaling;
            DROP TABLE temp.changed_reviews;
            """)
    }
}
