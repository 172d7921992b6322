/// A known association between two young people.
public struct PeerLink: Sendable, Hashable {
    public let youngPerson: Int
    public let otherYoungPerson: Int
    public let relationship: String?
    public let since: Day?
}
