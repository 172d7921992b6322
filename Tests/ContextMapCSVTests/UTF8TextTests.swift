import ContextMapCSV
import Testing

/// UTF8Text.validated accepts exactly what the standard library's validation accepts.
@Suite struct UTF8TextTests {
    func validated(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBytes { UTF8Text.validated($0) } }
    func reference(_ bytes: [UInt8]) -> String? { String(validating: bytes, as: UTF8.self) }

    @Test(arguments: [
        [], Array("Millbrook Park".utf8), Array("Nováková family home".utf8), Array("مريم الحسن".utf8), Array("🛹".utf8),
        [0xEF, 0xBF, 0xBD],            // U+FFFD written in the file: valid
        [0xF0, 0x9F, 0x98, 0x61],      // a 4-byte sequence cut short, then "a": repaired to the same length
        [0xE2, 0x82],                  // cut short at the end
        [0xED, 0xA0, 0x80],            // a surrogate
        [0xC0, 0xAF],                  // an overlong "/"
        [0x61, 0xFF, 0x62],            // a byte that never appears in UTF-8
        [0x80],                        // a lone continuation byte
    ] as [[UInt8]])
    func agreesWithTheStandardLibraryOn(bytes: [UInt8]) {
        #expect(validated(bytes) == reference(bytes))
    }

    @Test func agreesWithTheStandardLibraryOnTenThousandRandomByteStrings() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        // Bytes drawn mostly from the ranges UTF-8 uses, so that many strings are valid.
        let pool: [UInt8] = Array(0x61...0x7A) + [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xBF, 0xED, 0xA0, 0xFF, 0xC0]
        var valid = 0
        for _ in 0..<10_000 {
            let bytes = (0..<Int(next() % 9)).map { _ in pool[Int(next() % UInt64(pool.count))] }
            let expected = reference(bytes)
            #expect(validated(bytes) == expected, "\(bytes)")
            if expected != nil { valid += 1 }
        }
        #expect(valid > 500)
    }
}
