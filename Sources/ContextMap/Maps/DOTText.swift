/// Puts people's text into the DOT language safely. Text goes only into labels (node ids
/// are synthetic), either as a quoted string or as an HTML-like label.
public enum DOTText {
    /// A double-quoted DOT string whose text shows exactly as written.
    ///
    /// Backslashes are doubled first, then quotes escaped: in a label Graphviz otherwise
    /// reads `\N`, `\G`, `\n`, `\l` and friends as instructions, and a name ending in a
    /// backslash would swallow the closing quote. Line breaks become centred breaks.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(printable(scalar))
            }
        }
        return out + "\""
    }

    /// A quoted label wrapped at spaces into lines of about `width` characters.
    public static func label(_ text: String, wrapAt width: Int = 28) -> String {
        quoted(wrapped(text, width: width).joined(separator: "\n"))
    }

    /// Text for an HTML-like label, wrapped at spaces into lines of about `width` characters,
    /// so that a long name wraps instead of being cut.
    public static func html(_ text: String, wrapAt width: Int = 28) -> String {
        wrapped(text, width: width).map(htmlEscaped).joined(separator: "<BR/>")
    }

    /// One line of an HTML-like label: XML-escaped, without the control characters XML
    /// forbids, and with backslashes doubled, because Graphviz reads `\N` and `\G` even
    /// inside HTML-like labels (an XML character reference does not stop it).
    static func htmlEscaped(_ text: String) -> String {
        XMLText.escaped(text).replacingOccurrences(of: "\\", with: "\\\\")
    }

    /// Lines of at most about `width` characters, broken at spaces and at line breaks; a
    /// word longer than a line is broken inside it rather than cut. Every character of the
    /// text, spaces between words included, is on one of the lines.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line: String?
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = Substring(word)
                while word.count > width {
                    if let full = line { lines.append(full); line = nil }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if let current = line, current.count + 1 + word.count > width {
                    lines.append(current)
                    line = String(word)
                } else {
                    line = line.map { $0 + " " + word } ?? String(word)
                }
            }
            lines.append(line ?? "")
        }
        return lines
    }

    /// Control characters (other than those handled above) cannot appear in SVG's XML:
    /// they are shown as U+FFFD so that the map stays well-formed and the gap is visible.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: " "
        case 0x00..<0x20, 0x7F, 0xFFFE, 0xFFFF: "\u{FFFD}"
        default: scalar
        }
    }
}
