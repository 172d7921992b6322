import Testing
@testable import ContextMap

/// Suppression for the public and pseudonyms for partners.
@Suite struct AudienceTests {
    @Test func countsFromOneToFiveAreSuppressedZeroAndSixAreNot() {
        #expect(SuppressedCount.cells([0, 1, 5, 6, 7, 8]) == [0, nil, nil, 6, 7, 8])
    }

    @Test func aLoneSuppressedCellTakesTheSmallestOtherWithItSoTheTotalGivesNothingAway() {
        #expect(SuppressedCount.cells([3, 10, 12, 40]) == [nil, nil, 12, 40])
        // Two suppressed cells already protect each other.
        #expect(SuppressedCount.cells([3, 4, 12]) == [nil, nil, 12])
        // A zero gives nothing away and is not used as the second cell.
        #expect(SuppressedCount.cells([0, 2, 9]) == [0, nil, nil])
    }

    @Test func smallTotalsAreSuppressedAndLargerCountsCanBeRounded() {
        #expect(SuppressedCount.total(4) == nil)
        #expect(SuppressedCount.total(0) == 0)
        #expect(SuppressedCount.cells([7, 12, 23], roundTo: 5) == [5, 10, 25])
        #expect(SuppressedCount.text(nil) == "c")
    }

    @Test func pseudonymsAreStableForAKeyAndDifferAcrossKeysAndIds() {
        let one = Pseudonyms(key: PseudonymKey(bytes: Array(repeating: 1, count: 32)))
        let two = Pseudonyms(key: PseudonymKey(bytes: Array(repeating: 2, count: 32)))
        #expect(one.pseudonym(for: "YP01") == one.pseudonym(for: "YP01"))
        #expect(one.pseudonym(for: "YP01") != one.pseudonym(for: "YP02"))
        #expect(one.pseudonym(for: "YP01") != two.pseudonym(for: "YP01"))
        #expect(one.pseudonym(for: "YP01").hasPrefix("P-") && one.pseudonym(for: "YP01").count == 14)
    }

    @Test func aPseudonymIsTheKeyedHashOfTheId() {
        // HMAC-SHA-256 with a key of 32 bytes 0x0b over "YP01", first 6 bytes (computed with Python's hmac module).
        let pseudonyms = Pseudonyms(key: PseudonymKey(bytes: Array(repeating: 0x0b, count: 32)))
        #expect(pseudonyms.pseudonym(for: "YP01") == "P-56af0018f381")
    }
}
