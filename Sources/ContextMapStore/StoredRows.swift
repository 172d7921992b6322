import ContextMap
import ContextMapCSV
import GRDB
import GRDBSQLite

/// One table of the store read as records, its columns' names first: how the store hands its
/// rows to the same checks as files, a row at a time, with no string made per cell.
///
/// The statement selects the contract's columns; rows are numbered from line 2, as in the
/// file `contextmap export` writes.
final class StoredRows {
    private let statement: SQLiteStatement
    /// Keeps the statement alive (GRDB finalizes it when released).
    private let owner: Statement
    private let columns: [String]
    private let buffer: RowBuffer
    private var headerGiven = false
    private var line = 1
    /// What SQLite reported if it stopped before the last row.
    private(set) var failure: DatabaseError?

    init(statement: Statement, columns: [String]) {
        self.statement = statement.sqliteStatement
        owner = statement
        self.columns = columns
        buffer = RowBuffer(width: columns.count)
    }

    func next() throws(CSVSyntaxError) -> CSVRecord? {
        buffer.removeAll()
        if !headerGiven {
            headerGiven = true
            return buffer.header(columns)
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_ROW else {
            if code != SQLITE_DONE {
                failure = DatabaseError(stepping: statement, code: code)
            }
            return nil
        }
        for column in 0..<Int32(columns.count) {
            if let text = sqlite3_column_text(statement, column) {
                buffer.append(UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column))))
            } else {
                buffer.append(UnsafeRawBufferPointer(start: nil, count: 0))
            }
        }
        line += 1
        return buffer.record(line: line)
    }
}

/// The bytes and field spans of one record, reused from row to row.
final class RowBuffer {
    private var bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 8)
    private let spans: UnsafeMutableBufferPointer<CSVFieldSpan>
    private var used = 0
    private var fields = 0

    init(width: Int) {
        spans = .allocate(capacity: max(width, 1))
    }

    deinit {
        bytes.deallocate()
        spans.deallocate()
    }

    func removeAll() {
        used = 0
        fields = 0
    }

    func append(_ cell: UnsafeRawBufferPointer) {
        if used + cell.count > bytes.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count * 2, used + cell.count), alignment: 8)
            larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[..<used]))
            bytes.deallocate()
            bytes = larger
        }
        if let base = cell.baseAddress, cell.count > 0 {
            (bytes.baseAddress! + used).copyMemory(from: base, byteCount: cell.count)
        }
        spans.initializeElement(at: fields, to: CSVFieldSpan(plain: used..<used + cell.count))
        fields += 1
        used += cell.count
    }

    /// The columns' names as a header record (line 1), valid until the next `removeAll`.
    func header(_ columns: [String]) -> CSVRecord {
        removeAll()
        for var name in columns { name.withUTF8 { append(UnsafeRawBufferPointer($0)) } }
        return record(line: 1)
    }

    /// A record over the buffer, valid until the next `removeAll`.
    func record(line: Int) -> CSVRecord {
        CSVRecord(line: line, base: UnsafeRawPointer(bytes.baseAddress!),
                  spans: UnsafeBufferPointer(start: spans.baseAddress, count: fields))
    }
}
