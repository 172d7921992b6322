/// An export's file was rewritten or replaced while an import read it: the parts read may
/// come from two versions, so the import stops before it commits anything.
public struct ExportChangedError: Error, CustomStringConvertible, Sendable {
    public let path: String

    public var description: String {
        "error: \(path) changed while it was being imported (it was rewritten or replaced): "
            + "import it again once the export is complete"
    }
}
