/// One field of a record. Its bytes are read in place unless the field held doubled quotes.
public struct CSVField {
    /// The bytes between the field's delimiters (inside the quotes, doubled quotes still doubled).
    public let raw: UnsafeRawBufferPointer
    /// Whether the raw bytes contain `""` pairs that stand for one quote each.
    public let hasDoubledQuotes: Bool

    @inlinable
    public init(raw: UnsafeRawBufferPointer, hasDoubledQuotes: Bool) {
        self.raw = raw
        self.hasDoubledQuotes = hasDoubledQuotes
    }

    /// An empty field: the contract reads it as "absent".
    @inlinable
    public var isEmpty: Bool { raw.isEmpty }

    /// Calls `body` with the field's value: doubled quotes undone, copying only when there were any.
    @inlinable
    public func withValue<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        guard hasDoubledQuotes else { return try body(raw) }
        var value: [UInt8] = []
        value.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            value.append(byte)
            index += byte == UInt8(ascii: "\"") ? 2 : 1
        }
        return try value.withUnsafeBytes { try body($0) }
    }

    /// The value as text, or `nil` when the bytes are not valid UTF-8.
    @inlinable
    public var string: String? {
        withValue { UTF8Text.validated($0) }
    }

    /// The value as text, with invalid UTF-8 shown as U+FFFD (for error messages).
    public var displayString: String {
        withValue { String(decoding: $0, as: UTF8.self) }
    }
}
