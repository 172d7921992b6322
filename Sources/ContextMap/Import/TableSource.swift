/// Tables of text cells kept somewhere other than files (the case store), read by exactly the
/// checks that files are, so that figures never depend on where the data lives.
public protocol TableSource: Sendable {
    /// Calls `body` with the rows of `file` (`scaling.csv`), or with the `piece`th of `pieces`
    /// equal parts of them, which are read at the same time.
    ///
    /// The first record names the columns; each row after it has one field per column, empty
    /// for an absent cell, numbered from line 2 as if the piece were a file of its own.
    /// - Returns: what `body` returned, or `nil` when there is no such table.
    /// - Throws: what stopped the rows early (`TableText.failure`), or what `body` threw.
    func withRows<Result>(of file: String, piece: Int, of pieces: Int, _ body: (inout TableText) throws -> Result) throws -> Result?

    /// The scaling rows in their compact form (`CompactScaling`), when it is kept and was
    /// written from exactly the rows `withRows` would give; otherwise `nil`, and the rows are
    /// read as text.
    func compactScaling() throws -> [[UInt8]]?
}

extension TableSource {
    public func compactScaling() throws -> [[UInt8]]? { nil }
}
