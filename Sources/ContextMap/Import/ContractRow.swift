import ContextMapCSV

/// One row of a contract file with its cells in the contract's column order, whatever the
/// file's own column order: what the store writes, valid only inside the call that gives it.
public struct ContractRow {
    private let record: CSVRecord
    private let positions: [Int?]

    init(record: CSVRecord, positions: [Int?]) {
        self.record = record
        self.positions = positions
    }

    /// The number of contract columns.
    public var count: Int { positions.count }

    /// Calls `body` with the value of contract column `index`, or `nil` when the cell is
    /// empty or the file has no such column (absent, as the contract reads it).
    public func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        guard let position = positions[index], position < record.count, !record[position].isEmpty else { return try body(nil) }
        return try record[position].withValue { try body($0) }
    }

    /// The cell of contract column `index` as text, `nil` when absent.
    public func string(_ index: Int) -> String? {
        withCell(index) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }
}
