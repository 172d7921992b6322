/// A seedable xoshiro256** generator, seeded through SplitMix64.
///
/// A seed has to name the same synthetic dataset on every platform and every Swift release;
/// `SystemRandomNumberGenerator` is not seedable and the standard library does not promise
/// how `random(in:using:)` turns bits into numbers, so both the bits and the bounded draws
/// are defined here.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var x = seed
        s0 = Self.splitMix(&x)
        s1 = Self.splitMix(&x)
        s2 = Self.splitMix(&x)
        s3 = Self.splitMix(&x)
    }

    /// One independent stream per (seed, stream, index), so that each row can be drawn on
    /// its own and the output never depends on the order in which rows are generated.
    init(seed: UInt64, stream: UInt64, index: UInt64) {
        var x = seed
        var key = Self.splitMix(&x) ^ stream
        key = Self.splitMix(&key) ^ index
        self.init(seed: Self.splitMix(&key))
    }

    mutating func next() -> UInt64 {
        let result = Self.rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotate(s3, 45)
        return result
    }

    /// A uniform draw from `0..<bound` (Lemire's multiply-and-reject), unbiased and fixed
    /// forever. `bound` must be positive.
    mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "SeededGenerator.next(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform draw from `0..<bound`; `bound` must be positive.
    mutating func int(below bound: Int) -> Int {
        Int(next(below: UInt64(bound)))
    }

    /// A uniform draw from a closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    mutating func percent(_ percent: Int) -> Bool {
        int(below: 100) < percent
    }

    private static func splitMix(_ x: inout UInt64) -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
