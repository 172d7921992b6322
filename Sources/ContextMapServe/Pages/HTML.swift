import ContextMap

/// Small pieces of HTML shared by the pages. Recorded text only ever enters a page through
/// `text`, which escapes it and isolates its direction (names may be in right-to-left scripts).
enum HTML {
    static func text(_ value: String) -> String { "<bdi>\(XMLText.escaped(value))</bdi>" }

    static func escaped(_ value: String) -> String { XMLText.escaped(value) }

    /// A path segment for an id: anything but unreserved characters percent-encoded.
    static func pathSegment(_ id: String) -> String {
        var out = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// The link to a young person's page.
    static func youngPersonPath(_ id: String, _ suffix: String = "") -> String { "/young-people/\(pathSegment(id))\(suffix)" }
}
