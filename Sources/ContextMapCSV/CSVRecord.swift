/// One record: a view of its fields in the reader's input, valid until the reader moves on.
public struct CSVRecord {
    /// The 1-based line on which the record starts.
    public let line: Int
    @usableFromInline let base: UnsafeRawPointer
    @usableFromInline let spans: UnsafeBufferPointer<CSVFieldSpan>

    /// A record over `fields`, each a span of bytes from `base`.
    @inlinable
    public init(line: Int, base: UnsafeRawPointer, spans: UnsafeBufferPointer<CSVFieldSpan>) {
        self.line = line
        self.base = base
        self.spans = spans
    }

    /// The number of fields in the record.
    @inlinable
    public var count: Int { spans.count }

    /// The record's bytes as they stand in the input, from its first field to its last,
    /// quotes kept and line end left out: the record itself, for a reader of the input that
    /// keeps rows as CSV text. Only for records a `CSVReader` read, whose fields lie one after
    /// another.
    @inlinable
    public var text: UnsafeRawBufferPointer {
        guard let first = spans.first, let last = spans.last else { return UnsafeRawBufferPointer(start: base, count: 0) }
        let start = first.start - (first.flags & CSVFieldSpan.quoted != 0 ? 1 : 0)
        let end = last.end + (last.flags & CSVFieldSpan.quoted != 0 ? 1 : 0)
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    /// The bytes of field `index` as they stand in the input, quotes kept.
    @inlinable
    public func text(ofField index: Int) -> UnsafeRawBufferPointer {
        let span = spans[index]
        let quote = span.flags & CSVFieldSpan.quoted != 0 ? 1 : 0
        return UnsafeRawBufferPointer(start: base + span.start - quote, count: span.end - span.start + 2 * quote)
    }

    /// The bytes of the fields in `range` as they stand in the input: quotes kept, and the
    /// commas between them.
    @inlinable
    public func text(ofFields range: ClosedRange<Int>) -> UnsafeRawBufferPointer {
        let first = spans[range.lowerBound], last = spans[range.upperBound]
        let start = first.start - (first.flags & CSVFieldSpan.quoted != 0 ? 1 : 0)
        let end = last.end + (last.flags & CSVFieldSpan.quoted != 0 ? 1 : 0)
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    /// The field at `index` (0-based).
    @inlinable
    public subscript(index: Int) -> CSVField {
        let span = spans[index]
        return CSVField(
            raw: UnsafeRawBufferPointer(start: base + span.start, count: span.end - span.start),
            hasDoubledQuotes: span.flags & CSVFieldSpan.doubledQuotes != 0
        )
    }
}
