/// A row's cells in the contract's column order, wherever the row came from (a CSV file, or
/// text cells in memory), for the store to write without copying them into strings first.
public protocol ContractCells {
    /// The number of contract columns.
    var count: Int { get }
    /// Calls `body` with the value of contract column `index`, `nil` when absent.
    func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R
    /// Appends the row as one CSV line, line end included, in the contract's columns with
    /// each field as its CSV file wrote it (quotes kept); `false`, appending nothing, when the
    /// row did not come from a CSV file. Copying fields as they stand is how the store keeps
    /// rows without cutting them into cells and quoting them again.
    func appendAsWritten(to line: inout [UInt8]) -> Bool
    /// Whether the row's source has contract column `index` at all. A file may leave out an
    /// optional column; an import must then keep what the store holds there rather than
    /// read the column's absence as empty values.
    func hasColumn(_ index: Int) -> Bool
}

extension ContractCells {
    public func appendAsWritten(to line: inout [UInt8]) -> Bool { false }
    /// Cells in memory have every column, a missing value an empty one, unless their table
    /// says which columns its source has (`RawTable.columnsPresent`, as the JSON form does).
    public func hasColumn(_ index: Int) -> Bool { true }
}

extension ContractRow: ContractCells {}

extension Array: ContractCells where Element == String? {
    public func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        guard index < count, var cell = self[index], !cell.isEmpty else { return try body(nil) }
        return try cell.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}
