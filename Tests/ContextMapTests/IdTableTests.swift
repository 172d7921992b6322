import Testing
@testable import ContextMap

@Suite struct IdTableTests {
    /// Ids of every length from 1 to 64 bytes, with long ones alike at both ends and differing
    /// only in the middle, and ids that differ only in length.
    private let ids: [String] = {
        var ids = (1...64).map { String(repeating: "a", count: $0) }
        ids += (0..<300).map { "SCHOOL-NORTH-\(Self.padded($0, 3))-CAMPUS-ANNEXE-0001" }
        ids += (0..<2_000).map { "C\(Self.padded($0, 6))" }
        ids += ["YP01", "YP010", "YP0100", "1234567890123456", "12345678901234567"]
        return ids
    }()

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: width - digits.count) + digits
    }

    @Test func everyIdIsFoundAgainAtTheIndexItWasGiven() {
        var table = IdTable()
        for (number, id) in ids.enumerated() {
            #expect(table.insert(id) == (number, true))
        }
        #expect(table.count == ids.count)
        for (number, id) in ids.enumerated() {
            #expect(table.index(of: id) == number)
            #expect(table.insert(id) == (number, false))
            #expect(table.key(at: number) == id)
        }
    }

    @Test func anIdNeverInsertedIsNotFound() {
        var table = IdTable()
        for id in ids { _ = table.insert(id) }
        for id in ["", "b", "YP1", "YP0101", "123456789012345", "1234567890123457", "SCHOOL-NORTH-300-CAMPUS-ANNEXE-0001",
                   String(repeating: "a", count: 65), "C002000"] {
            #expect(table.index(of: id) == nil, "\(id)")
        }
    }
}
