import ContextMap
import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, binding cells straight from the bytes
/// they were read from: the import writes millions of rows, and a `String` and a
/// `DatabaseValue` per cell cost more than the writing itself.
struct FastStatement {
    private let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    /// Binds cells `columns` of `row` to the parameters from `first` on (1-based).
    func bind(_ row: some ContractCells, columns: [Int], from first: Int32) throws {
        for (offset, column) in columns.enumerated() {
            try row.withCell(column) { try bind($0, at: first + Int32(offset)) }
        }
    }

    /// Binds text (copied by SQLite) or NULL for `nil`.
    /// - Throws: `DatabaseError` when SQLite refuses it, such as text longer than it keeps.
    func bind(_ text: UnsafeRawBufferPointer?, at index: Int32) throws {
        let code: Int32
        if let text {
            code = sqlite3_bind_text64(handle, index, text.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(text.count),
                                       Self.transient, UInt8(SQLITE_UTF8))
        } else {
            code = sqlite3_bind_null(handle, index)
        }
        guard code == SQLITE_OK else { throw error(code) }
    }

    func bind(_ bytes: [UInt8], at index: Int32) throws {
        try bytes.withUnsafeBytes { try bind($0, at: index) }
    }

    func bind(_ text: String?, at index: Int32) throws {
        guard var text else { return try bind(nil as UnsafeRawBufferPointer?, at: index) }
        try text.withUTF8 { try bind(UnsafeRawBufferPointer($0), at: index) }
    }

    func bind(_ number: Int64, at index: Int32) throws {
        let code = sqlite3_bind_int64(handle, index, number)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// Runs a statement that returns no rows, and makes it ready to run again.
    func execute() throws {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Steps to the next row; `false` when there is none (the statement is then reset).
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
        return false
    }

    /// Makes the statement ready to run again, with its rows unread.
    func reset() { sqlite3_reset(handle) }

    /// The text of `column` in the current row, `nil` for NULL.
    func text(_ column: Int32) -> UnsafeRawBufferPointer? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                      sql: statement.sql)
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

extension DatabaseError {
    /// SQLite's error `code` from stepping `statement`, with the connection's message.
    init(stepping statement: SQLiteStatement, code: Int32) {
        self.init(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
    }
}

