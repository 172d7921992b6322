/// A row's cells in the contract's column order, wherever the row came from (a CSV file, or
/// text cells in memory), for the store to write without copying them into strings first.
public protocol ContractCells {
    /// The number of contract columns.
    var count: Int { get }
    /// Calls `body` with the value of contract column `index`, `nil` when absent.
    func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R
    /// The row as one CSV line (no line end) with these cells in this order, when it came
    /// as one: then it can be kept as it stands instead of written out again.
    var csvLine: UnsafeRawBufferPointer? { get }
}

extension ContractCells {
    public var csvLine: UnsafeRawBufferPointer? { nil }
}

extension ContractRow: ContractCells {}

extension Array: ContractCells where Element == String? {
    public func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        guard index < count, var cell = self[index], !cell.isEmpty else { return try body(nil) }
        return try cell.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}
