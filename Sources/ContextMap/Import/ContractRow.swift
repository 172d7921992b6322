import ContextMapCSV

/// One row of a contract file with its cells in the contract's column order, whatever the
/// file's own column order: what the store writes, valid only inside the call that gives it.
public struct ContractRow {
    private let record: CSVRecord
    private let positions: [Int?]
    /// Whether the file's columns are the contract's, in the contract's order.
    private let isInContractOrder: Bool

    init(record: CSVRecord, positions: [Int?], isInContractOrder: Bool) {
        self.record = record
        self.positions = positions
        self.isInContractOrder = isInContractOrder
    }

    /// The number of contract columns.
    public var count: Int { positions.count }

    /// Calls `body` with the value of contract column `index`, or `nil` when the cell is
    /// empty or the file has no such column (absent, as the contract reads it).
    public func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        guard let position = positions[index], position < record.count, !record[position].isEmpty else { return try body(nil) }
        return try record[position].withValue { try body($0) }
    }

    public func appendAsWritten(to line: inout [UInt8]) -> Bool {
        if isInContractOrder, record.count == positions.count {
            line.append(contentsOf: record.text)
        } else {
            for (column, position) in positions.enumerated() {
                if column > 0 { line.append(UInt8(ascii: ",")) }
                if let position, position < record.count { line.append(contentsOf: record.text(ofField: position)) }
            }
        }
        line.append(0x0A)
        return true
    }

    /// The cell of contract column `index` as text, `nil` when absent.
    public func string(_ index: Int) -> String? {
        withCell(index) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }
}
