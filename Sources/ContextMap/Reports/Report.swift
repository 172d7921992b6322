/// A view of the figures for one audience, written in any output format.
public protocol Report {
    /// The report as bytes of UTF-8 text, ending with a line break.
    func rendered(as format: OutputFormat) -> [UInt8]
}

extension Report {
    /// The report as text (for tests and small outputs).
    public func text(as format: OutputFormat) -> String {
        String(decoding: rendered(as: format), as: UTF8.self)
    }
}
