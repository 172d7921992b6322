import ContextMapCSV

/// Anything that hands out rows as `CSVRecord` views, the header row first: a CSV file, or
/// one array of the JSON form laid out as a table.
protocol RecordSource: ~Copyable {
    mutating func next() throws(CSVSyntaxError) -> CSVRecord?
}

extension CSVReader: RecordSource {}
