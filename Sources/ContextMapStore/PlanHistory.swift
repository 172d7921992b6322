import ContextMap
import GRDB

/// Every status a plan action has had, with when and who imported it.
///
/// An action added to a store that already holds case records gets a history row at once.
/// An import into an empty store writes one row to `plan_history_start` instead of a row
/// for each of its actions (250,000 rows, a ninth of a large store, all with the same time
/// and person): an action with no rows of its own has had its status since the latest
/// start. When such an action's status first changes, its start is written out as its first
/// row, then the change.
struct PlanHistory {
    private let db: Database
    private let stamp: String
    private let who: String
    private let source: String
    private let append: FastStatement
    private let appendStart: FastStatement

    /// Prepares to record the statuses of one import, made at `stamp` by `who` from `source`.
    init(_ db: Database, stamp: String, who: String, source: String) throws {
        self.db = db
        self.stamp = stamp
        self.who = who
        self.source = source
        append = try FastStatement(db, sql: "INSERT INTO plan_action_history (row_key, at, status, who, source) VALUES (?, ?, ?, ?, ?)")
        try append.bind(stamp, at: 2)
        try append.bind(who, at: 4)
        try append.bind(source, at: 5)
        appendStart = try FastStatement(db, sql: """
            INSERT INTO plan_action_history (row_key, at, status, who, source)
            SELECT ?1, at, ?2, who, source FROM plan_history_start
            WHERE NOT EXISTS (SELECT 1 FROM plan_action_history WHERE row_key = ?1)
            ORDER BY id DESC LIMIT 1
            """)
    }

    /// Starts the history of every action of an import into an empty store.
    func startAll() throws {
        try db.execute(sql: "INSERT INTO plan_history_start (at, who, source) VALUES (?, ?, ?)", arguments: [stamp, who, source])
    }

    /// Records the status of the action keyed `key` (`RowKeys`): a new action's first, or a
    /// stored action's new one, whose earlier status was `earlier`.
    func record(_ status: String?, key: [UInt8], isNew: Bool, earlier: String?) throws {
        if !isNew {
            try appendStart.bind(key, at: 1)
            try appendStart.bind(earlier, at: 2)
            try appendStart.execute()
        }
        try append.bind(key, at: 1)
        try append.bind(status, at: 3)
        try append.execute()
    }

    /// The statuses of a stored action keyed `key`, oldest first; `current` is its status now.
    static func entries(_ db: Database, key: String, current: String?) throws -> [(at: String, status: String?, who: String)] {
        let rows = try Row.fetchAll(db, sql: "SELECT at, status, who FROM plan_action_history WHERE row_key = ? ORDER BY id", arguments: [key])
        if !rows.isEmpty { return rows.map { ($0["at"], $0["status"], $0["who"]) } }
        guard let start = try Row.fetchOne(db, sql: "SELECT at, who FROM plan_history_start ORDER BY id DESC LIMIT 1") else {
            return []
        }
        return [(start["at"], current, start["who"])]
    }
}
