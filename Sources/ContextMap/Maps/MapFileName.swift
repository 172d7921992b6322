/// File names for maps, made from ids that arrive from outside: letters, digits, `-`, `_`
/// and `.` are kept, anything else (a `/`, a space, `..`) is written as `%XX`, so that a map
/// always lands in the folder asked for and two ids never share a file.
public enum MapFileName {
    public static func forID(_ id: String) -> String {
        var name = ""
        for byte in id.utf8 {
            let isSafe = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || (byte == UInt8(ascii: ".") && !name.isEmpty)
            if isSafe {
                name.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                name += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return name
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
