import ContextMapCSV

/// One row of a contract file with its cells in the contract's column order, whatever the
/// file's own column order: what the store writes, valid only inside the call that gives it.
public struct ContractRow {
    private let record: CSVRecord
    private let layout: ContractLayout

    init(record: CSVRecord, layout: ContractLayout) {
        self.record = record
        self.layout = layout
    }

    /// The number of contract columns.
    public var count: Int { layout.positions.count }

    /// Calls `body` with the value of contract column `index`, or `nil` when the cell is
    /// empty or the file has no such column (absent, as the contract reads it).
    public func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        guard let position = layout.positions[index], position < record.count, !record[position].isEmpty else { return try body(nil) }
        return try record[position].withValue { try body($0) }
    }

    public func hasColumn(_ index: Int) -> Bool { layout.positions[index] != nil }

    public func appendAsWritten(to line: inout [UInt8]) -> Bool {
        if layout.lastPosition < record.count {
            for (index, run) in layout.runs.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                if let run { line.append(contentsOf: record.text(ofFields: run)) }
            }
        } else {
            for (column, position) in layout.positions.enumerated() {
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
