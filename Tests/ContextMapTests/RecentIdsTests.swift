import Testing
@testable import ContextMap

@Suite struct RecentIdsTests {
    private func index(_ ids: RecentIds, _ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { ids.index(of: UnsafeRawBufferPointer($0)) }
    }

    private func remember(_ ids: inout RecentIds, _ key: String, _ index: Int32) {
        var key = key
        key.withUTF8 { ids.remember(UnsafeRawBufferPointer($0), as: index) }
    }

    @Test func anIdOfEveryLengthUpToSixteenIsFoundOnlyByItself() {
        // Keys of the same length that differ only in one byte, at every position.
        for length in 1...16 {
            var ids = RecentIds()
            let base = String(repeating: "a", count: length)
            remember(&ids, base, 1)
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "b")
                #expect(index(ids, String(decoding: bytes, as: UTF8.self)) == nil, "length \(length), byte \(position)")
            }
            #expect(index(ids, base) == 1)
            #expect(index(ids, base + "a") == nil)
            if length > 1 { #expect(index(ids, String(base.dropLast())) == nil) }
        }
    }

    @Test func itKeepsTheLastEightAndNeverLongIds() {
        var ids = RecentIds()
        for number in 0..<10 { remember(&ids, "C\(number)", Int32(number)) }
        #expect(index(ids, "C0") == nil && index(ids, "C1") == nil)
        #expect((2..<10).allSatisfy { index(ids, "C\($0)") == Int32($0) })
        let long = String(repeating: "x", count: 17)
        remember(&ids, long, 99)
        #expect(index(ids, long) == nil)
        #expect(index(ids, "") == nil)
    }
}
