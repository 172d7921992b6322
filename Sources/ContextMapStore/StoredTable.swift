import ContextMap
import ContextMapCSV
import GRDB

/// A table of the store read as records, whichever way it is kept: a row per row, or in
/// young people's case records. A class, so that handing out a row copies no references.
final class StoredTable: RecordSource {
    private let rows: StoredRows?
    private let chunks: StoredChunks?

    init(_ rows: StoredRows) {
        self.rows = rows
        chunks = nil
    }

    init(_ chunks: StoredChunks) {
        self.chunks = chunks
        rows = nil
    }

    func next() throws(CSVSyntaxError) -> CSVRecord? {
        if let chunks { return try chunks.next() }
        return try rows!.next()
    }

    /// What SQLite reported if it stopped before the last row.
    var failure: DatabaseError? { chunks?.failure ?? rows?.failure }
}
