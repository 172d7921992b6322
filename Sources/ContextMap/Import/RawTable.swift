/// One table of the data contract as text cells, exactly as they arrived: what the store
/// keeps, so that an export gives back the values that were imported.
public struct RawTable: Sendable, Equatable {
    /// The contract's file name: `scaling.csv`.
    public let file: String
    /// The contract's columns for this table, in the contract's order.
    public let columns: [String]
    /// One array of cells per row, in `columns` order; `nil` for an empty cell.
    public var rows: [[String?]]
    /// Which of `columns` the source has at all (`nil`: every one). An import keeps what the
    /// store holds in a column its source leaves out, as with a CSV file without it.
    public var columnsPresent: [Bool]?

    public init(file: String, columns: [String], rows: [[String?]] = [], columnsPresent: [Bool]? = nil) {
        self.file = file
        self.columns = columns
        self.rows = rows
        self.columnsPresent = columnsPresent
    }

    /// Every table of the contract, in the order they are read.
    public static var contractFiles: [(file: String, columns: [String])] {
        TableSchema.all.map { ($0.file, $0.columns) }
    }
}
