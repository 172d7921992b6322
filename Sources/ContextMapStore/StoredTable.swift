import ContextMap
import ContextMapCSV
import GRDB

/// A table of the store read as records, whichever way it is kept: a row per row, or in
/// young people's case records.
enum StoredTable: RecordSource {
    case rows(StoredRows)
    case chunks(StoredChunks)

    mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        switch self {
        case .rows(var rows):
            defer { self = .rows(rows) }
            return try rows.next()
        case .chunks(var chunks):
            defer { self = .chunks(chunks) }
            return try chunks.next()
        }
    }

    /// What SQLite reported if it stopped before the last row.
    var failure: DatabaseError? {
        switch self {
        case .rows(let rows): rows.failure
        case .chunks(let chunks): chunks.failure
        }
    }
}
