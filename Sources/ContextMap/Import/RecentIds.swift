/// The last eight short ids looked up and their indices, compared as two machine words each:
/// a lookup that hits costs a few comparisons instead of a hash and a probe into a table that
/// does not fit in cache.
struct RecentIds: Sendable {
    private struct Entry {
        var key = ShortKey()
        var index: Int32 = -1
    }

    private var entries = InlineArray<8, Entry>(repeating: Entry())
    private var nextSlot = 0

    /// The index remembered for `key`, if it is one of the last eight.
    func index(of key: UnsafeRawBufferPointer) -> Int32? {
        guard key.count <= ShortKey.longest else { return nil }
        let key = ShortKey(key)
        for slot in entries.indices where entries[slot].key == key {
            return entries[slot].index
        }
        return nil
    }

    /// Remembers `key`'s index in place of the oldest entry.
    mutating func remember(_ key: UnsafeRawBufferPointer, as index: Int32) {
        guard key.count <= ShortKey.longest else { return }
        entries[nextSlot] = Entry(key: ShortKey(key), index: index)
        nextSlot = (nextSlot + 1) & 7
    }
}
