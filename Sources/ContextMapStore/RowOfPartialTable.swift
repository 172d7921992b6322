import ContextMap

/// A row of text cells from a table whose source leaves out some of the contract's columns
/// (`RawTable.columnsPresent`): an import then keeps what the store holds in those.
struct RowOfPartialTable: ContractCells {
    let cells: [String?]
    let columnsPresent: [Bool]

    var count: Int { cells.count }

    func withCell<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        try cells.withCell(index, body)
    }

    func hasColumn(_ index: Int) -> Bool { columnsPresent[index] }
}
