/// Young people joined through known associations or shared places and groups of concern.
public struct PeerCluster: Sendable, Equatable {
    /// Young person indices, in id order.
    public let members: [Int]
    /// The non-family contexts in which at least two members have harm of concern, in id order.
    public let contexts: [Int]
}
