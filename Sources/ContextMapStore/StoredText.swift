import ContextMap
import GRDB
import GRDBSQLite

/// The rows of a table kept a row per row (young people, contexts, places), written as CSV
/// text a few hundred at a time, so that they are read by the same reader as files and case
/// records. An empty or NULL value is written as an empty field: absent, as in a file.
final class StoredRowText {
    private let statement: Statement
    private let width: Int
    private var text: [UInt8] = []
    /// Whether SQLite has said there are no more rows: stepping again would start over.
    private var done = false
    /// The last piece handed out, kept until the next call.
    private var piece = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)

    /// `statement` selects the contract's columns in order.
    init(statement: Statement, width: Int) {
        self.statement = statement
        self.width = width
    }

    deinit {
        piece.deallocate()
    }

    /// The next rows as CSV text, or `nil` after the last.
    func next() throws -> UnsafeRawBufferPointer? {
        let sqlite = statement.sqliteStatement
        text.removeAll(keepingCapacity: true)
        for _ in 0..<512 where !done {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE {
                done = true
                break
            }
            guard code == SQLITE_ROW else { throw DatabaseError(stepping: sqlite, code: code) }
            ChunkEncoder.append(Cells(statement: sqlite, count: width), to: &text)
        }
        guard !text.isEmpty else { return nil }
        if text.count > piece.count {
            piece.deallocate()
            piece = .allocate(byteCount: text.count, alignment: 1)
        }
        piece.copyBytes(from: text)
        return UnsafeRawBufferPointer(rebasing: piece[..<text.count])
    }

    /// The statement's current row as contract cells.
    private struct Cells: ContractCells {
        let statement: SQLiteStatement
        let count: Int

        func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
            let length = Int(sqlite3_column_bytes(statement, Int32(index)))
            guard length > 0, let text = sqlite3_column_text(statement, Int32(index)) else { return try body(nil) }
            return try body(UnsafeRawBufferPointer(start: text, count: length))
        }
    }
}
