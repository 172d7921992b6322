/// A drawn graph: the bytes of the file, and any warnings Graphviz gave while drawing it.
public struct Drawing: Sendable {
    public let bytes: [UInt8]
    public let warnings: [String]
}
