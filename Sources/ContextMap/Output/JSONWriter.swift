/// Writes compact JSON straight into bytes: a region's weighting is half a million context
/// objects, which a generic encoder would build as a tree first.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the innermost open container has had an element yet.
    private var hasElement: [Bool] = [false]

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        openObject()
        body(&self)
        closeObject()
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        openArray()
        body(&self)
        closeArray()
    }

    /// Opens an object whose end is written later, for output that is handed on in pieces.
    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        element()
        bytes.append(bracket)
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        hasElement.removeLast()
        bytes.append(bracket)
    }

    /// Writes `"name":` in an object; the next value written is its value.
    mutating func key(_ name: String) {
        element()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        hasElement[hasElement.count - 1] = false
    }

    mutating func string(_ value: String?) {
        element()
        guard let value else { return appendRaw("null") }
        appendString(value)
    }

    mutating func number(_ value: Double?) {
        element()
        guard let value, value.isFinite else { return appendRaw("null") }
        NumberText.append(value, to: &bytes)
    }

    mutating func integer(_ value: Int) {
        element()
        NumberText.append(value, to: &bytes)
    }

    /// A date as `"YYYY-MM-DD"`, written without building a string.
    mutating func day(_ value: Day?) {
        element()
        guard let value else { return appendRaw("null") }
        bytes.append(UInt8(ascii: "\""))
        NumberText.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func bool(_ value: Bool?) {
        element()
        guard let value else { return appendRaw("null") }
        appendRaw(value ? "true" : "false")
    }

    mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Double?) { key(name); number(value) }
    mutating func field(_ name: String, _ value: Int) { key(name); integer(value) }
    mutating func field(_ name: String, _ value: Bool?) { key(name); bool(value) }
    mutating func field(_ name: String, _ value: Day?) { key(name); day(value) }

    /// Writes values one after another, comma-separated, at the end of `buffer`: a piece of a
    /// long array written on its own core, into a buffer that is kept for the next piece.
    static func appendElements(to buffer: inout [UInt8], _ body: (inout JSONWriter) -> Void) {
        var writer = JSONWriter()
        swap(&writer.bytes, &buffer)
        body(&writer)
        swap(&writer.bytes, &buffer)
    }

    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    private mutating func element() {
        if hasElement[hasElement.count - 1] {
            bytes.append(UInt8(ascii: ","))
        }
        hasElement[hasElement.count - 1] = true
    }

    private mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): appendRaw("\\\"")
            case UInt8(ascii: "\\"): appendRaw("\\\\")
            case UInt8(ascii: "\n"): appendRaw("\\n")
            case UInt8(ascii: "\r"): appendRaw("\\r")
            case UInt8(ascii: "\t"): appendRaw("\\t")
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                appendRaw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
