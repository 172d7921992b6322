/// What an import changed.
public struct ImportSummary: Sendable, Equatable {
    /// Rows the store did not have.
    public var added = 0
    /// Rows it had, with a value changed.
    public var updated = 0
}
