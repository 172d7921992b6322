import ContextMap
import GRDB
import GRDBSQLite

/// The text a statement selects, one value a row (case records, or the lines of young
/// people, contexts and places), handed to the CSV reader in pieces of 64 KB or more, so that
/// it is read by the same reader as files. A piece a value made the reader start over
/// 100,000 times for each case-record table.
final class StoredText {
    private let statement: Statement
    private let addsLineFeeds: Bool
    /// Whether SQLite has said there are no more rows: stepping again would start over.
    private var done = false
    /// The last piece handed out, kept until the next call.
    private var piece = UnsafeMutableRawBufferPointer.allocate(byteCount: 128 * 1024, alignment: 1)

    /// - Parameters:
    ///   - statement: selects one text value a row, in order.
    ///   - addsLineFeeds: whether each value is a line without its line end (a row's line),
    ///     rather than whole lines that end with one (a case record).
    init(statement: Statement, addsLineFeeds: Bool) {
        self.statement = statement
        self.addsLineFeeds = addsLineFeeds
    }

    deinit {
        piece.deallocate()
    }

    /// The next values, one after another, or `nil` after the last.
    func next() throws -> UnsafeRawBufferPointer? {
        let sqlite = statement.sqliteStatement
        var count = 0
        while !done, count < 64 * 1024 {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE {
                done = true
                break
            }
            guard code == SQLITE_ROW else { throw DatabaseError(stepping: sqlite, code: code) }
            let length = Int(sqlite3_column_bytes(sqlite, 0))
            reserve(count + length + 1, keeping: count)
            if length > 0, let value = sqlite3_column_blob(sqlite, 0) {
                (piece.baseAddress! + count).copyMemory(from: value, byteCount: length)
                count += length
            }
            // A record whose last line lacks its end (edited outside ContextMap) must not run
            // into the next one.
            if addsLineFeeds || (length > 0 && piece[count - 1] != 0x0A) {
                piece[count] = 0x0A
                count += 1
            }
        }
        return count == 0 ? nil : UnsafeRawBufferPointer(rebasing: piece[..<count])
    }

    /// Makes room for `capacity` bytes, keeping the first `count`.
    private func reserve(_ capacity: Int, keeping count: Int) {
        guard capacity > piece.count else { return }
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(capacity, piece.count * 2), alignment: 1)
        larger.baseAddress!.copyMemory(from: piece.baseAddress!, byteCount: count)
        piece.deallocate()
        piece = larger
    }
}
