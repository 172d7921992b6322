/// The comparison rules the data contract sets for every figure.
enum Figures {
    /// Thresholds compare with this much room, because a harm is a mean of means and
    /// 7 can arrive as 6.999999999999999.
    static let tolerance = 1e-9

    /// `value ≥ threshold`, allowing for the rounding of a mean of means.
    @inline(__always)
    static func reaches(_ value: Double, _ threshold: Double) -> Bool {
        value >= threshold - tolerance
    }

    /// The value orderings compare: rounded to 6 decimal places, so that an order never
    /// depends on the order in which numbers were summed.
    @inline(__always)
    static func orderingKey(_ value: Double) -> Int64 {
        Int64((value * 1_000_000).rounded(.toNearestOrAwayFromZero))
    }

    /// Byte order of two ids: the contract's "id ascending".
    static func idPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
