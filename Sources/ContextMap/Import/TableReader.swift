import ContextMapCSV

/// A value-type reader of one large file's rows: it keeps its own columns and problems, so
/// that its loop touches no shared state and pieces of a file can be read at the same time.
protocol TableReader: Sendable {
    var cells: CellReader { get }
    var errors: IssueLog { get set }
    mutating func read(_ row: CSVRecord)
}

extension TableReader {
    /// Reads every row of `source` (a whole file after its header, or a piece of one).
    /// - Throws: the syntax error that stopped the reader; the rows before it are kept.
    /// - Returns: how many rows were read.
    @discardableResult
    mutating func readAll<S: RecordSource & ~Copyable>(_ source: inout S, fieldCount: Int) throws(CSVSyntaxError) -> Int {
        var rows = 0
        while let row = try source.next() {
            rows += 1
            guard row.count == fieldCount else {
                errors.append(DatasetIssue(file: cells.file, line: row.line, problem: "has \(row.count) fields; the header has \(fieldCount)"))
                continue
            }
            read(row)
        }
        return rows
    }
}
