import ContextMapCSV

/// Anything that hands out rows as `CSVRecord` views, the header row first: a CSV file, one
/// array of the JSON form laid out as a table, or a table of the case store.
public protocol RecordSource: ~Copyable {
    /// The next row, or `nil` after the last; the record is valid until the next call.
    mutating func next() throws(CSVSyntaxError) -> CSVRecord?
}

extension CSVReader: RecordSource {}
