import GRDB

/// Keeps the rows one import replaces in `replaced_rows`, with when, who and from which
/// export, so that a correction never loses what the store held before it.
struct ReplacedRowsWriter {
    private let insert: FastStatement
    private var text: [UInt8] = []
    /// Rows kept so far.
    private(set) var count = 0

    init(_ db: Database, stamp: String, who: String, source: String) throws {
        insert = try FastStatement(db, sql: "INSERT INTO replaced_rows (file, young_person_id, at, who, source, rows) VALUES (?, ?, ?, ?, ?, ?)")
        try insert.bind(stamp, at: 3)
        try insert.bind(who, at: 4)
        try insert.bind(source, at: 5)
    }

    /// Keeps `rows` of `file` as they were, under the young person they are about (`nil` for
    /// a context or place).
    mutating func keep(_ rows: [[String?]], of file: String, youngPerson: String?) throws {
        guard !rows.isEmpty else { return }
        text.removeAll(keepingCapacity: true)
        for row in rows { ChunkEncoder.append(row, to: &text) }
        try insert.bind(file, at: 1)
        try insert.bind(youngPerson, at: 2)
        try insert.bind(text, at: 6)
        try insert.execute()
        count += rows.count
    }
}
