/// How numbers are written for people and for machines.
public enum NumberText {
    /// `90` for a whole number, else the shortest text that reads back as the same double.
    static func decimal(_ value: Double) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `decimal(value)` to `bytes` without building a string: a region's
    /// weighting writes millions of numbers.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return append(Int(value), to: &bytes)
        }
        var sink = ShortestDigits(bytes: [])
        swap(&sink.bytes, &bytes)
        value.write(to: &sink)
        swap(&sink.bytes, &bytes)
    }

    /// Appends the decimal digits of `value`, with a minus sign when it is negative.
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Appends a day as `YYYY-MM-DD`.
    static func append(_ day: Day, to bytes: inout [UInt8]) {
        let (year, month, dayOfMonth) = day.components
        appendPadded(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(dayOfMonth, width: 2, to: &bytes)
    }

    private static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > value, divisor > 1 {
            bytes.append(UInt8(ascii: "0"))
            divisor /= 10
        }
        append(value, to: &bytes)
    }

    /// A fixed number of decimals, rounded half away from zero (`7.25` → `7.3` at one place).
    public static func fixed(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int64(scaled / scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let fraction = String(Int64(scaled) - whole * Int64(scale))
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }

    /// Receives the standard library's shortest round-trip digits straight into bytes.
    private struct ShortestDigits: TextOutputStream {
        var bytes: [UInt8]

        mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

        /// The standard library hands over a float's digits here, without making a string.
        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
    }
}
