import GRDB

/// Writes a record of rows (a case record, or rows an import replaced) back without the
/// rows that name what a removal takes, or deletes it when none is left.
struct RecordRewriter {
    let db: Database
    let table: String
    /// The column that names one record: `seq` or `id`.
    let key: String

    init(_ db: Database, table: String, key: String) {
        self.db = db
        self.table = table
        self.key = key
    }

    /// Rewrites record `record` as `rows` without those holding `id` in a column of
    /// `references`; returns the rows taken out (none: the record is left as it is).
    func rewrite(_ record: Int64, rows: [[String?]], without references: [Int], naming id: String) throws -> [[String?]] {
        let (kept, gone) = rows.reduce(into: ([[String?]](), [[String?]]())) { parts, row in
            if references.contains(where: { row[$0] == id }) { parts.1.append(row) } else { parts.0.append(row) }
        }
        guard !gone.isEmpty else { return [] }
        if kept.isEmpty {
            try db.execute(sql: "DELETE FROM \(table) WHERE \(key) = ?", arguments: [record])
        } else {
            var text: [UInt8] = []
            for row in kept { ChunkEncoder.append(row, to: &text) }
            try db.execute(sql: "UPDATE \(table) SET rows = ? WHERE \(key) = ?",
                           arguments: [String(decoding: text, as: UTF8.self), record])
        }
        return gone
    }
}
