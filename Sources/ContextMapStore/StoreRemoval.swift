import ContextMap
import Foundation
import GRDB

/// Takes a young person or a context out of the store, inside a transaction the caller
/// opened: their own row, every row of every case record that names them (and of the rows
/// imports replaced), the history of plan actions that go, and for a context its place
/// memberships.
struct StoreRemoval {
    private let removal: Removal
    private let path: String

    init(_ removal: Removal, path: String) {
        self.removal = removal
        self.path = path
    }

    /// Removes, and counts what went by table.
    /// - Throws: `NotInStoreError` when the store holds no such young person or context.
    func run(_ db: Database) throws -> [String: Int] {
        var removed: [String: Int] = [:]
        // The columns that name what goes (a young person may also be the other of a
        // peer link; ids of young people and contexts may coincide, so only these).
        let (owner, id, names) = switch removal {
        case .youngPerson(let id): ("young_people", id, ["young_person_id", "other_young_person_id"])
        case .context(let id): ("contexts", id, ["context_id"])
        }
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM \(owner) WHERE id = ?", arguments: [id]) == 1 else {
            throw NotInStoreError(removal: removal, path: path)
        }
        var planKey: [UInt8] = []
        var removedPlans: [[UInt8]] = []
        // Every case record without the rows that refer to the young person or context.
        for file in StoreSchema.chunkedFiles {
            let table = StoreSchema.recordTable(file), name = StoreSchema.tableName(file)
            let columns = StoreSchema.columns(of: file)!
            let references = names.compactMap { columns.firstIndex(of: $0) }
            let records = RecordRewriter(db, table: table, key: "seq")
            for record in try Row.fetchAll(db, sql: "SELECT seq, young_person_id, rows FROM \(table)") {
                let rows = try CaseRecordMerge.rows(of: record["rows"] as Data?, file: file,
                                                    record: "\(table) record of \(record["young_person_id"] as String? ?? "?")")
                let gone = try records.rewrite(record["seq"], rows: rows, without: references, naming: id)
                if !gone.isEmpty { removed[name, default: 0] += gone.count }
                if file == "plan_actions.csv" {
                    for row in gone {
                        RowKeys.key(of: row, identity: RowKeys.identity(of: file)!, into: &planKey)
                        removedPlans.append(planKey)
                    }
                }
            }
        }
        // The rows imports replaced go the same way: every kept record without them.
        let replaced = RecordRewriter(db, table: "replaced_rows", key: "id")
        for record in try Row.fetchAll(db, sql: "SELECT id, file, rows FROM replaced_rows") {
            let file: String = record["file"]
            guard let columns = StoreSchema.columns(of: file) else { continue }
            // The young person's or context's own earlier rows name them by `id`.
            let references = (names + (file == owner + ".csv" ? ["id"] : [])).compactMap { columns.firstIndex(of: $0) }
            let rows = try CaseRecordMerge.rows(of: record["rows"] as Data?, file: file,
                                                record: "replaced_rows row \(record["id"] as Int64? ?? 0)")
            let gone = try replaced.rewrite(record["id"], rows: rows, without: references, naming: id)
            if !gone.isEmpty { removed["replaced_rows", default: 0] += gone.count }
        }
        let history = try FastStatement(db, sql: "DELETE FROM plan_action_history WHERE row_key = ?")
        for key in removedPlans {
            try history.bind(key, at: 1)
            try history.execute()
            if db.changesCount > 0 { removed["plan_action_history", default: 0] += db.changesCount }
        }
        if case .context = removal {
            try db.execute(sql: "DELETE FROM places WHERE context_id = ?", arguments: [id])
            if db.changesCount > 0 { removed["places", default: 0] += db.changesCount }
        }
        try db.execute(sql: "DELETE FROM \(owner) WHERE id = ?", arguments: [id])
        removed[owner, default: 0] += 1
        return removed
    }
}
