/// An id's bytes as two machine words, which with its length stand for an id of up to 16
/// bytes exactly: compared in two instructions instead of a call to `memcmp`, and kept
/// beside the id's index so that a lookup touches one cache line.
struct ShortKey: Equatable, Sendable {
    /// Ids up to this many bytes are held whole; a longer id's words are only a fingerprint.
    static let longest = 16

    var words: (UInt64, UInt64)
    var length: Int

    /// For 8 to 16 bytes, the first and the last eight (overlapping); for 4 to 7, the first
    /// and last four; below that, the bytes themselves.
    @inline(__always)
    init(_ key: UnsafeRawBufferPointer) {
        let count = key.count
        length = count
        if count >= 8 {
            words = (key.loadUnaligned(as: UInt64.self), key.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            words = (UInt64(key.loadUnaligned(as: UInt32.self)), UInt64(key.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
        } else {
            var word: UInt64 = 0
            for byte in key { word = word << 8 | UInt64(byte) }
            words = (word, 0)
        }
    }

    init() {
        words = (0, 0)
        length = -1
    }

    /// Whether the words stand for the whole id.
    var isWhole: Bool { length <= Self.longest }

    static func == (lhs: ShortKey, rhs: ShortKey) -> Bool {
        lhs.length == rhs.length && lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1
    }
}
