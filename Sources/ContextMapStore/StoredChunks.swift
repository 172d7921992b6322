import ContextMap
import ContextMapCSV
import GRDB
import GRDBSQLite

/// One table kept in case records, read as records: its columns' names first, then every
/// record's rows for that table, parsed by the same reader as files. Lines count from 2, as
/// in the file `contextmap export` would write for this piece of the store.
final class StoredChunks {
    private let statement: SQLiteStatement
    private let columns: [String]
    private let headerBuffer: RowBuffer
    private var headerGiven = false
    private var reader = CSVReader(UnsafeRawBufferPointer(start: nil, count: 0), startingLine: 2)
    /// The line the next chunk starts on.
    private(set) var line = 2
    private(set) var failure: DatabaseError?

    /// Keeps the statement alive (GRDB finalizes it when released).
    private let owner: Statement

    /// `statement` selects one column of case records' text, in `seq` order.
    init(statement: Statement, columns: [String]) {
        self.statement = statement.sqliteStatement
        owner = statement
        self.columns = columns
        headerBuffer = RowBuffer(width: columns.count)
    }

    func next() throws(CSVSyntaxError) -> CSVRecord? {
        if !headerGiven {
            headerGiven = true
            return headerBuffer.header(columns)
        }
        while true {
            // The chunk's bytes stay SQLite's until the next step, which comes only once the
            // reader has given its last record.
            if let record = try reader.next() { return record }
            line = reader.currentLine
            let code = sqlite3_step(statement)
            guard code == SQLITE_ROW else {
                if code != SQLITE_DONE {
                    failure = DatabaseError(stepping: statement, code: code)
                }
                return nil
            }
            let bytes = UnsafeRawBufferPointer(start: sqlite3_column_text(statement, 0), count: Int(sqlite3_column_bytes(statement, 0)))
            reader.restart(bytes, startingLine: line)
        }
    }
}
