/// A view of the figures for one audience, written in any output format.
public protocol Report {
    /// The report as bytes of UTF-8 text, ending with a line break.
    func rendered(as format: OutputFormat) -> [UInt8]

    /// Hands the report's bytes to `output` in order, in one or more pieces, so that a long
    /// report never has to be held whole.
    func write(as format: OutputFormat, to output: (UnsafeRawBufferPointer) -> Void)
}

extension Report {
    public func write(as format: OutputFormat, to output: (UnsafeRawBufferPointer) -> Void) {
        rendered(as: format).withUnsafeBytes(output)
    }

    /// The report as text (for tests and small outputs).
    public func text(as format: OutputFormat) -> String {
        String(decoding: rendered(as: format), as: UTF8.self)
    }
}
