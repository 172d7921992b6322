/// An export's file was rewritten or replaced while an import read it: the parts read may
/// come from two versions, so the import stops before it commits anything.
public struct ExportChangedError: Error, CustomStringConvertible, Sendable {
    public let path: String
    /// Whether the file was not there when the import began.
    public let appeared: Bool

    public var description: String {
        "error: \(path) " + (appeared ? "appeared" : "changed (it was rewritten, replaced or removed)")
            + " while the export was being imported: import it again once the export is complete"
    }
}
