/// Where one field's bytes sit in the input: between the quotes for a quoted field.
///
/// Public so that other sources of rows (a JSON document laid out as a table) can hand
/// the same `CSVRecord` view to the code that validates rows.
@frozen
public struct CSVFieldSpan: Sendable {
    @usableFromInline static let quoted: UInt8 = 1
    @usableFromInline static let doubledQuotes: UInt8 = 2

    public var start: Int
    public var end: Int
    @usableFromInline var flags: UInt8

    @usableFromInline
    init(start: Int, end: Int, flags: UInt8) {
        self.start = start
        self.end = end
        self.flags = flags
    }

    /// A field whose bytes are already the value (no doubled quotes to undo).
    @inlinable
    public init(plain range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound, flags: 0)
    }
}
