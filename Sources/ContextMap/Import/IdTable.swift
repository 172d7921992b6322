/// Interns ids (at most 64 ASCII bytes) to dense indices, looked up straight from the bytes
/// of a CSV field so that reading a row allocates nothing.
///
/// Open addressing with linear probing over a power-of-two table whose slots hold each id's
/// `ShortKey` beside its index: looking up an id of up to 16 bytes reads one slot and no
/// other memory (the table is larger than the cache, so each memory read is a miss). The
/// keys themselves live in one byte pool.
public struct IdTable: Sendable {
    private struct Slot {
        var key = ShortKey()
        var index: Int32 = -1
    }

    private var pool: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var slots = [Slot](repeating: Slot(), count: 16)

    public init() {}

    public var count: Int { offsets.count - 1 }

    /// The index of `key`, inserting it when it is new.
    public mutating func insert(_ key: UnsafeRawBufferPointer) -> (index: Int, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        let short = ShortKey(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key, short)) & mask
        while true {
            let entry = slots[slot]
            if entry.index < 0 {
                let index = count
                pool.append(contentsOf: key)
                offsets.append(Int32(pool.count))
                slots[slot] = Slot(key: short, index: Int32(index))
                return (index, true)
            }
            if entry.key == short, short.isWhole || matches(Int(entry.index), key) { return (Int(entry.index), false) }
            slot = (slot + 1) & mask
        }
    }

    /// The index of `key`, if it was inserted.
    public func index(of key: UnsafeRawBufferPointer) -> Int? {
        let short = ShortKey(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key, short)) & mask
        while true {
            let entry = slots[slot]
            if entry.index < 0 { return nil }
            if entry.key == short, short.isWhole || matches(Int(entry.index), key) { return Int(entry.index) }
            slot = (slot + 1) & mask
        }
    }

    public mutating func insert(_ key: String) -> (index: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert(UnsafeRawBufferPointer($0)) }
    }

    public func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: UnsafeRawBufferPointer($0)) }
    }

    /// The id at `index`, as text.
    public func key(at index: Int) -> String {
        String(decoding: pool[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
    }

    /// Every id's `ShortKey`, by index: for comparing a field with a few known ids without
    /// a look-up.
    var shortKeys: [ShortKey] {
        pool.withUnsafeBytes { stored in
            (0..<count).map { index in
                ShortKey(UnsafeRawBufferPointer(rebasing: stored[Int(offsets[index])..<Int(offsets[index + 1])]))
            }
        }
    }

    private func matches(_ index: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = Int(offsets[index]), end = Int(offsets[index + 1])
        guard end - start == key.count else { return false }
        return pool.withUnsafeBytes { stored in
            memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func grow() {
        var larger = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = larger.count - 1
        pool.withUnsafeBytes { stored in
            for index in 0..<count {
                let start = Int(offsets[index])
                let key = UnsafeRawBufferPointer(rebasing: stored[start..<Int(offsets[index + 1])])
                let short = ShortKey(key)
                var slot = Int(truncatingIfNeeded: Self.hash(key, short)) & mask
                while larger[slot].index >= 0 { slot = (slot + 1) & mask }
                larger[slot] = Slot(key: short, index: Int32(index))
            }
        }
        slots = larger
    }

    /// A short id's words mixed (multiply-xorshift, so that sequential ids spread over the
    /// table); a longer id's bytes through FNV-1a, so that ids alike at both ends but not in
    /// the middle do not all collide.
    static func hash(_ key: UnsafeRawBufferPointer, _ short: ShortKey) -> UInt64 {
        var hash: UInt64
        if short.isWhole {
            hash = (short.words.0 &* 0x9e37_79b9_7f4a_7c15) ^ ((short.words.1 &+ UInt64(short.length)) &* 0xc2b2_ae3d_27d4_eb4f)
        } else {
            hash = 0xcbf2_9ce4_8422_2325
            for byte in key {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
