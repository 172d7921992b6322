import Testing
@testable import ContextMap

@Suite struct DayTests {
    @Test(arguments: ["1970-01-01", "2024-02-29", "2026-12-31", "2000-02-29", "0001-01-01", "9999-12-31"])
    func aDateReadsBackAsWritten(_ text: String) throws {
        #expect(try #require(Day(text)).description == text)
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "12/01/2026", "2026-1-01", "2026-01-01 ", "", "２０２６-01-01"])
    func anImpossibleOrMisformattedDateIsRejected(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func daysCountFromTheEpoch() {
        #expect(Day("1970-01-02")?.daysSinceEpoch == 1)
        #expect(Day("1969-12-31")?.daysSinceEpoch == -1)
        #expect(Day("2026-03-01")!.daysSinceEpoch - Day("2026-02-28")!.daysSinceEpoch == 1)
    }
}
