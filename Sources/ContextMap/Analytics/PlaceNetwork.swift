/// Places and groups joined through the young people they share: for partners to see routes
/// and networks of places. Each pair of contexts outside the home is weighted by how many
/// young people have current harm at both, and by the sum over those young people of the
/// smaller of their two harms.
public struct PlaceNetwork: Sendable {
    public struct Edge: Sendable, Equatable {
        public let first: Int
        public let second: Int
        public let sharedYoungPeople: Int
        /// Σ over the shared young people of min(harm at first, harm at second).
        public let weight: Double
    }

    /// Edges, most shared young people first, then weight, then the contexts' ids.
    public let edges: [Edge]
    /// Contexts left out because more young people than the hub limit are linked to them
    /// (a school with 2,000 pupils would join every place its pupils go).
    public let hubs: [Int]

    /// The contexts at either end of some edge, in index order: the places a drawing or
    /// export shows.
    public var places: [Int] {
        var places = Set<Int>()
        for edge in edges { places.insert(edge.first); places.insert(edge.second) }
        return places.sorted()
    }
}
