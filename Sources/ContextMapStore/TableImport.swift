import ContextMap
import Foundation
import GRDB

/// Writes the incoming rows of one table kept a row per row (young people, contexts,
/// places): a new key is added, a changed row updated, an unchanged one left alone, so that
/// importing the same export twice changes nothing.
struct TableImport {
    private let columns: [String]
    /// Every column's position, bound in order.
    private let all: [Int]
    private let identity: [Int]
    /// The columns an update may change: all but the identity, which a matching key already
    /// holds. Setting a young person's or context's id, even to itself, makes SQLite look
    /// for the rows that refer to it in every case-record table: three times the work.
    private let changing: [Int]
    /// Columns given both or neither (a context's latitude and longitude): where a file has
    /// one of them, the other is taken from the file too, never half a stored pair kept.
    private let partner: [Int: Int]
    private let table: String
    private let wasEmpty: Bool
    private let insert: FastStatement
    private let lookup: FastStatement?
    private let update: FastStatement?
    private let db: Database
    private let file: String
    private var replacedRows: ReplacedRowsWriter
    private var key: [UInt8] = []
    private var line: [UInt8] = []
    private(set) var added = 0
    private(set) var updated = 0

    /// Stored rows an update replaced, kept in `replaced_rows`.
    var replaced: Int { replacedRows.count }

    /// Prepares to write `file`'s rows for an import made at `stamp` by `who` from `source`.
    init(_ db: Database, file: String, stamp: String, who: String, source: String) throws {
        self.db = db
        self.file = file
        replacedRows = try ReplacedRowsWriter(db, stamp: stamp, who: who, source: source)
        columns = StoreSchema.columns(of: file)!
        let all = Array(columns.indices)
        self.all = all
        let identity = RowKeys.identity(of: file)!
        let changing = all.filter { !identity.contains($0) }
        self.identity = identity
        self.changing = changing
        if let latitude = columns.firstIndex(of: "latitude"), let longitude = columns.firstIndex(of: "longitude") {
            partner = [latitude: longitude, longitude: latitude]
        } else {
            partner = [:]
        }
        table = StoreSchema.tableName(file)
        wasEmpty = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT 1)") == 0
        let list = columns.map { "\"\($0)\"" }
        let written = list + ["line"]
        let placeholders = String(repeating: ", ?", count: written.count)
        let changed = changing.map { list[$0] } + ["line"]
        if wasEmpty {
            // Nothing to compare with: a key twice in one export keeps its last row.
            insert = try FastStatement(db, sql: "INSERT INTO \(table) (row_key, \(written.joined(separator: ", "))) VALUES (?\(placeholders)) "
                + "ON CONFLICT(row_key) DO UPDATE SET " + changed.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
            lookup = nil
            update = nil
        } else {
            insert = try FastStatement(db, sql: "INSERT INTO \(table) (row_key, \(written.joined(separator: ", "))) VALUES (?\(placeholders))")
            lookup = try FastStatement(db, sql: "SELECT \(list.joined(separator: ", ")) FROM \(table) WHERE row_key = ?")
            update = try FastStatement(db, sql: "UPDATE \(table) SET \(changed.map { "\($0) = ?" }.joined(separator: ", ")) WHERE row_key = ?")
        }
    }

    /// Writes one incoming row. Where its file leaves out a column, the stored row keeps
    /// what it holds there.
    mutating func add(_ row: some ContractCells) throws {
        RowKeys.key(of: row, identity: identity, into: &key)
        guard let lookup else { return try add(new: row) }
        try lookup.bind(key, at: 1)
        guard try lookup.step() else { return try add(new: row) }
        if changing.allSatisfy({ isGiven($0, by: row) }) {
            let same = all.allSatisfy { column in row.withCell(column) { Self.equal($0, lookup.text(Int32(column))) } }
            let earlier = same ? [] : storedRow(lookup)
            lookup.reset()
            if !same { try update(to: row, replacing: earlier) }
        } else {
            let merged: [String?] = all.map { column in
                isGiven(column, by: row) ? row.withCell(column, Self.string) : Self.string(lookup.text(Int32(column)))
            }
            let same = all.allSatisfy { column in merged.withCell(column) { Self.equal($0, lookup.text(Int32(column))) } }
            let earlier = same ? [] : storedRow(lookup)
            lookup.reset()
            if !same { try update(to: merged, replacing: earlier) }
        }
    }

    /// Whether the row's source gives `column`, or the column it is given together with.
    private func isGiven(_ column: Int, by row: some ContractCells) -> Bool {
        row.hasColumn(column) || partner[column].map(row.hasColumn) == true
    }

    /// The stored row `lookup` stands on, its empty cells `nil`, as a case record keeps rows.
    private func storedRow(_ lookup: FastStatement) -> [String?] {
        all.map { column in Self.string(lookup.text(Int32(column))).flatMap { $0.isEmpty ? nil : $0 } }
    }

    /// Rewrites the stored row with the current key, keeping what it held.
    private mutating func update(to row: some ContractCells, replacing earlier: [String?]) throws {
        guard let update else { return }
        // A young person's row is kept under their id; a context's or place's under none.
        try replacedRows.keep([earlier], of: file, youngPerson: file == "young_people.csv" ? earlier[identity[0]] : nil)
        try update.bind(row, columns: changing, from: 1)
        Self.encode(row, into: &line)
        try update.bind(line, at: Int32(changing.count + 1))
        try update.bind(key, at: Int32(changing.count + 2))
        try update.execute()
        updated += 1
    }

    private static func string(_ cell: UnsafeRawBufferPointer?) -> String? {
        cell.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes a row whose key the table does not hold.
    private mutating func add(new row: some ContractCells) throws {
        try insert.bind(key, at: 1)
        try insert.bind(row, columns: all, from: 2)
        Self.encode(row, into: &line)
        try insert.bind(line, at: Int32(all.count + 2))
        try insert.execute()
        added += 1
    }

    /// In an empty table a key given twice counts once.
    mutating func finish() throws {
        if wasEmpty { added = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// The row as one CSV line in the contract's columns, without its line end: what a load
    /// reads (see `StoredText`). A row from a CSV file keeps its fields as written.
    private static func encode(_ row: some ContractCells, into line: inout [UInt8]) {
        line.removeAll(keepingCapacity: true)
        ChunkEncoder.append(row, to: &line)
        line.removeLast()  // the line feed
    }

    /// Whether two cells hold the same bytes (`nil` only equals `nil`).
    private static func equal(_ a: UnsafeRawBufferPointer?, _ b: UnsafeRawBufferPointer?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a.elementsEqual(b)
        default: return false
        }
    }
}
