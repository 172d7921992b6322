/// One of a young person's places outside the family home, with how many other young people
/// it links to: what a conference may know of the places a young person shares, no other
/// child named.
public struct SharedPlace: Sendable, Equatable {
    public let context: Int
    /// Other young people linked to the place.
    public let othersLinked: Int
    /// Those of them for whom its current harm is of concern.
    public let othersOfConcern: Int
}
