/// Reads RFC 4180 records from a byte buffer, one at a time, without allocating per row.
///
/// The reader walks the bytes once. Each record it returns is a view: its fields point
/// into the input, and the record is valid only until the next call to `next()`.
/// Quoted fields keep their doubled quotes until a caller asks for the field's value,
/// so the common case (an unquoted id, date or number) never copies a byte.
///
/// Accepted: a leading UTF-8 byte-order mark, LF or CRLF line ends, quoted fields that
/// contain commas, quotes (doubled) and line breaks, a missing final line end.
/// Blank lines are skipped. Anything else (an unclosed quote, a quote inside an
/// unquoted field, text after a closing quote, a carriage return without a line feed)
/// stops the reader with a `CSVSyntaxError` naming the line.
public struct CSVReader: ~Copyable {
    private var bytes: UnsafeRawBufferPointer
    private var position: Int
    private var line: Int
    private var spans: UnsafeMutablePointer<CSVFieldSpan>
    private var spanCapacity: Int

    /// - Parameters:
    ///   - bytes: the input; it must stay valid while the reader is used.
    ///   - startingLine: the line number of the first byte (for reading part of a file).
    ///   - skippingByteOrderMark: whether a leading byte-order mark is skipped (true at the
    ///     start of a file, false for a piece from the middle of one).
    public init(_ bytes: UnsafeRawBufferPointer, startingLine: Int = 1, skippingByteOrderMark: Bool = true) {
        self.bytes = bytes
        self.line = startingLine
        if skippingByteOrderMark, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
        } else {
            position = 0
        }
        spanCapacity = 32
        spans = .allocate(capacity: spanCapacity)
    }

    deinit {
        spans.deallocate()
    }

    /// Starts reading new input from its first byte (no byte-order mark skipped), keeping the
    /// room already made for fields: for many small inputs read one after another.
    public mutating func restart(_ bytes: UnsafeRawBufferPointer, startingLine: Int) {
        self.bytes = bytes
        position = 0
        line = startingLine
    }

    /// The byte offset the reader has reached.
    public var offset: Int { position }

    /// The line the reader has reached (one more than the line feeds read so far).
    public var currentLine: Int { line }

    /// Returns the next record, or `nil` at the end of the input.
    /// - Throws: `CSVSyntaxError` when the bytes are not well-formed CSV; the reader
    ///   cannot continue after that.
    public mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        let end = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let input = base.assumingMemoryBound(to: UInt8.self)
        while position < end {
            let recordLine = line
            var fieldCount = 0
            var atRecordEnd = false
            while !atRecordEnd {
                if fieldCount == spanCapacity { growSpans() }
                var span = CSVFieldSpan(start: position, end: position, flags: 0)
                if position < end, input[position] == UInt8(ascii: "\"") {
                    // Quoted field: runs to the next quote that is not doubled.
                    position += 1
                    span.start = position
                    span.flags = CSVFieldSpan.quoted
                    var closed = false
                    while position < end {
                        let byte = input[position]
                        if byte == UInt8(ascii: "\"") {
                            if position + 1 < end, input[position + 1] == UInt8(ascii: "\"") {
                                span.flags |= CSVFieldSpan.doubledQuotes
                                position += 2
                                continue
                            }
                            span.end = position
                            position += 1
                            closed = true
                            break
                        }
                        if byte == UInt8(ascii: "\n") { line += 1 }
                        if byte == 0 { throw CSVSyntaxError(line: line, field: fieldCount + 1, kind: .nulCharacter) }
                        position += 1
                    }
                    guard closed else {
                        throw CSVSyntaxError(line: recordLine, field: fieldCount + 1, kind: .unclosedQuote)
                    }
                    if position < end {
                        let next = input[position]
                        if next != UInt8(ascii: ","), next != UInt8(ascii: "\n"), next != UInt8(ascii: "\r") {
                            throw CSVSyntaxError(line: line, field: fieldCount + 1, kind: .textAfterClosingQuote)
                        }
                    }
                } else {
                    // Unquoted field: runs to a comma or a line end. Eight bytes at a time up
                    // to the first byte that could end it; byte by byte from there.
                    while position + 8 <= end {
                        let word = UInt64(littleEndian: UnsafeRawPointer(input + position).loadUnaligned(as: UInt64.self))
                        let found = Self.delimiters(in: word)
                        if found != 0 {
                            position += found.trailingZeroBitCount >> 3
                            break
                        }
                        position += 8
                    }
                    while position < end {
                        let byte = input[position]
                        // Most bytes (letters, digits, '-', '.') are above ','.
                        if byte > UInt8(ascii: ",") || (byte > UInt8(ascii: "\"") && byte < UInt8(ascii: ",")) {
                            position += 1
                            continue
                        }
                        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                        if byte == UInt8(ascii: "\"") {
                            throw CSVSyntaxError(line: line, field: fieldCount + 1, kind: .quoteInUnquotedField)
                        }
                        if byte == 0 { throw CSVSyntaxError(line: line, field: fieldCount + 1, kind: .nulCharacter) }
                        position += 1
                    }
                    span.end = position
                }
                spans[fieldCount] = span
                fieldCount += 1
                // The separator after the field.
                if position >= end {
                    atRecordEnd = true
                } else {
                    switch input[position] {
                    case UInt8(ascii: ","):
                        position += 1
                        if position >= end {
                            // A trailing comma at the end of the input still opens an empty field.
                            if fieldCount == spanCapacity { growSpans() }
                            spans[fieldCount] = CSVFieldSpan(start: position, end: position, flags: 0)
                            fieldCount += 1
                            atRecordEnd = true
                        }
                    case UInt8(ascii: "\n"):
                        position += 1
                        line += 1
                        atRecordEnd = true
                    default: // "\r"
                        guard position + 1 < end, input[position + 1] == UInt8(ascii: "\n") else {
                            throw CSVSyntaxError(line: line, field: fieldCount, kind: .bareCarriageReturn)
                        }
                        position += 2
                        line += 1
                        atRecordEnd = true
                    }
                }
            }
            if fieldCount == 1, spans[0].flags == 0, spans[0].start == spans[0].end {
                continue // a blank line
            }
            return CSVRecord(
                line: recordLine,
                base: UnsafeRawPointer(input),
                spans: UnsafeBufferPointer(start: spans, count: fieldCount)
            )
        }
        return nil
    }

    /// The high bit of each byte of `word` that is a comma, a line feed, a carriage return,
    /// a quote or a NUL, and perhaps of bytes after the first such byte (a borrow can mark them),
    /// so only the lowest bit set is exact: where the first delimiter is.
    @inline(__always)
    private static func delimiters(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeroBytes(word ^ (ones &* 0x2C)) | zeroBytes(word ^ (ones &* 0x0A))
            | zeroBytes(word ^ (ones &* 0x0D)) | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word)
    }

    private mutating func growSpans() {
        let larger = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: spanCapacity * 2)
        larger.moveInitialize(from: spans, count: spanCapacity)
        spans.deallocate()
        spans = larger
        spanCapacity *= 2
    }
}
