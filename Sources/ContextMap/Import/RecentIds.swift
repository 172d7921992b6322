/// The last eight short ids looked up and their indices, compared as two machine words each:
/// a lookup that hits costs a few comparisons instead of a hash and a probe into a table that
/// does not fit in cache.
struct RecentIds: Sendable {
    /// Ids up to this many bytes are remembered; longer ones always go to the table.
    static let longest = 16

    private struct Entry {
        var words: (UInt64, UInt64) = (0, 0)
        var length = -1
        var index: Int32 = -1
    }

    private var entries = InlineArray<8, Entry>(repeating: Entry())
    private var nextSlot = 0

    /// The index remembered for `key`, if it is one of the last eight.
    func index(of key: UnsafeRawBufferPointer) -> Int32? {
        guard key.count <= Self.longest else { return nil }
        let words = Self.words(key)
        for slot in entries.indices {
            let entry = entries[slot]
            if entry.length == key.count, entry.words.0 == words.0, entry.words.1 == words.1 { return entry.index }
        }
        return nil
    }

    /// Remembers `key`'s index in place of the oldest entry.
    mutating func remember(_ key: UnsafeRawBufferPointer, as index: Int32) {
        guard key.count <= Self.longest else { return }
        entries[nextSlot] = Entry(words: Self.words(key), length: key.count, index: index)
        nextSlot = (nextSlot + 1) & 7
    }

    /// The key's bytes in two words. With the length, they stand for the key exactly: for 8 to
    /// 16 bytes, the first and the last eight (overlapping); for 4 to 7, the first and last four.
    @inline(__always)
    private static func words(_ key: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let count = key.count
        if count >= 8 {
            return (key.loadUnaligned(as: UInt64.self), key.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        if count >= 4 {
            return (UInt64(key.loadUnaligned(as: UInt32.self)), UInt64(key.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
        }
        var word: UInt64 = 0
        for byte in key { word = word << 8 | UInt64(byte) }
        return (word, 0)
    }
}
