/// Places resolved across agencies: groups of contexts that are the same real place (one
/// shop under three partners' ids), from a reviewed `places.csv`. Without that file there
/// are none, and every figure stays per context.
public struct Places: Sendable {
    public internal(set) var ids: [String] = []
    /// The name the review gave the place, if any.
    public internal(set) var names: [String?] = []
    /// The contexts of each place, in the order of `places.csv`.
    public internal(set) var contexts: [[Int]] = []
    /// The place of each context, or -1.
    public internal(set) var placeOfContext: [Int32] = []

    public var count: Int { ids.count }
    public var isEmpty: Bool { ids.isEmpty }

    /// The place a context belongs to, if any.
    public func place(of context: Int) -> Int? {
        guard context < placeOfContext.count, placeOfContext[context] >= 0 else { return nil }
        return Int(placeOfContext[context])
    }
}
