import ContextMapCSV

/// A case record, or a kept replaced row, whose text is not CSV any more: it was changed
/// outside ContextMap. Reading on past the damage would lose every row after it, so the
/// command stops instead and changes nothing.
public struct UnreadableRecordError: Error, CustomStringConvertible, Sendable {
    /// Which record, as `case_links of YP01`.
    public let record: String
    public let problem: CSVSyntaxError

    public var description: String {
        "the store's \(record) cannot be read, at its line \(problem.line): \(problem); it was changed outside ContextMap: "
            + "mend it, or restore a backup, and run this again"
    }
}
