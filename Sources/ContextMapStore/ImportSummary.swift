/// What an import changed.
public struct ImportSummary: Sendable, Equatable {
    /// Rows the store did not have.
    public var added = 0
    /// Rows it had, with a value changed.
    public var updated = 0
    /// Rows the store held that the import replaced, kept in the store as they were.
    public var replaced = 0
    /// Reviews replaced without some of the voices they held.
    public var droppedVoices: [DroppedVoices] = []
}
