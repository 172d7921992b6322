import ContextMap
import GRDB
import GRDBSQLite
import Synchronization

/// The store's tables as a `TableSource`, so that loading the store is checked by exactly
/// the code that checks files.
///
/// Read from the pool, the scaling table comes in pieces read at the same time, each in its
/// own read transaction; every piece notes the store's generation, so that a load that
/// overlapped an import can be seen and read again.
final class StoreTables: TableSource, Sendable {
    private enum Access: @unchecked Sendable {
        // @unchecked: a connection is used only by the thread inside its transaction, which
        // reads it in one piece (`cores: 1`).
        case pool(DatabasePool)
        case connection(Database)
    }

    private let access: Access
    private let generations = Mutex<Set<Int64>>([])

    /// Reads through the pool: consistent per piece, checked across pieces by `isConsistent`.
    init(pool: DatabasePool) { access = .pool(pool) }

    /// Reads inside a transaction already open on `db`: what an import is about to commit,
    /// or one consistent snapshot.
    init(connection db: Database) { access = .connection(db) }

    /// Whether every read saw the same generation of the store (no write came between them).
    var isConsistent: Bool { generations.withLock { $0.count <= 1 } }

    func withRows<Result>(of file: String, piece: Int, of pieces: Int, _ body: (inout TableText) throws -> Result) throws -> Result? {
        switch access {
        case .pool(let pool): return try pool.read { db in try rows(db, file, piece, pieces, body) }
        case .connection(let db): return try rows(db, file, piece, pieces, body)
        }
    }

    /// The compact form, read only by a load through the pool. Reads on one connection are
    /// the checks inside a write (of what it is about to commit, which is the text) and the
    /// last try of a load that kept overlapping writes, which reads the text to be sure.
    func compactScaling() throws -> [[UInt8]]? {
        guard case .pool(let pool) = access else { return nil }
        return try pool.read { db in
            let generation = try StoreSchema.generation(db)
            generations.withLock { _ = $0.insert(generation) }
            return try CompactScalingTable.read(db, generation: generation)
        }
    }

    private func rows<Result>(_ db: Database, _ file: String, _ piece: Int, _ pieces: Int,
                              _ body: (inout TableText) throws -> Result) throws -> Result? {
        guard let columns = StoreSchema.columns(of: file) else { return nil }
        let generation = try StoreSchema.generation(db)
        generations.withLock { _ = $0.insert(generation) }
        var source: TableText
        if StoreSchema.chunkedFiles.contains(file) {
            let table = StoreSchema.recordTable(file)
            var sql = "SELECT rows FROM \(table)"
            var arguments: StatementArguments = []
            if pieces > 1, let row = try Row.fetchOne(db, sql: "SELECT min(seq), max(seq) FROM \(table)"),
               let first = row[0] as Int64?, let last = row[1] as Int64? {
                // Equal ranges of record numbers: pieces of about the same size, each in order.
                // The first and last are open-ended, so that every record is in one piece
                // whatever numbers SQL by hand gave them.
                let bounds = Self.bounds(from: first, to: last, pieces: pieces)
                var conditions: [String] = []
                if piece > 0 { conditions.append("seq >= ?"); arguments += [bounds[piece - 1]] }
                if piece < pieces - 1 { conditions.append("seq < ?"); arguments += [bounds[piece]] }
                sql += " WHERE " + conditions.joined(separator: " AND ")
            }
            let statement = try db.makeStatement(sql: sql + " ORDER BY seq")
            try statement.setArguments(arguments)
            let records = StoredText(statement: statement, addsLineFeeds: false)
            source = TableText(columns: columns) { try records.next() }
        } else {
            let table = StoreSchema.tableName(file)
            // A table kept a row per row is read whole, by its first piece.
            let statement = try db.makeStatement(sql: "SELECT line FROM \(table) WHERE ? ORDER BY seq")
            try statement.setArguments([piece == 0])
            let lines = StoredText(statement: statement, addsLineFeeds: true)
            source = TableText(columns: columns) { try lines.next() }
        }
        let result = try body(&source)
        if let failure = source.failure { throw failure }
        return result
    }

    /// Where pieces `1..<pieces` of the records numbered `first...last` start: equal steps,
    /// without overflow for any numbers (the difference of two `Int64`s fits a `UInt64`).
    static func bounds(from first: Int64, to last: Int64, pieces: Int) -> [Int64] {
        let span = UInt64(bitPattern: last &- first)
        let step = span / UInt64(pieces) + 1
        return (1..<pieces).map { piece in
            first &+ Int64(bitPattern: min(step * UInt64(piece), span))
        }
    }
}
