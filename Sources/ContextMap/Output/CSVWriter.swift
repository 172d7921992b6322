/// Writes RFC 4180 CSV: a field is quoted only when it holds a comma, a quote or a line break.
///
/// Rows are written either whole, with `row(_:)`, or field by field, with `field(_:)` and
/// `endRow()`, which writes numbers and dates without building strings.
struct CSVWriter {
    private(set) var bytes: [UInt8] = []
    private var rowHasField = false

    /// A writer that starts with `header`.
    init(header: [String]) {
        row(header)
    }

    /// A writer with no header.
    init() {}

    mutating func row(_ fields: [String?]) {
        for field in fields { self.field(field) }
        endRow()
    }

    mutating func field(_ text: String?) {
        separate()
        guard let text else { return }
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return bytes.append(contentsOf: text.utf8) }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func field(_ number: Double?) {
        separate()
        if let number { NumberText.append(number, to: &bytes) }
    }

    mutating func field(_ number: Int) {
        separate()
        NumberText.append(number, to: &bytes)
    }

    mutating func field(_ day: Day?) {
        separate()
        if let day { NumberText.append(day, to: &bytes) }
    }

    mutating func field(_ flag: Bool?) {
        separate()
        if let flag { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }
    }

    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        rowHasField = false
    }

    /// Writes rows at the end of `buffer`: a piece of a long table written on its own core,
    /// into a buffer that is kept for the next piece.
    static func appendRows(to buffer: inout [UInt8], _ body: (inout CSVWriter) -> Void) {
        var writer = CSVWriter()
        swap(&writer.bytes, &buffer)
        body(&writer)
        swap(&writer.bytes, &buffer)
    }

    private mutating func separate() {
        if rowHasField { bytes.append(UInt8(ascii: ",")) }
        rowHasField = true
    }
}
