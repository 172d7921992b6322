/// A validated case dataset: every reference resolved to a dense index, every value checked.
///
/// The analytics read only this type, so the figures are the same whether the data came
/// from a CSV folder, a JSON document or the store.
public struct Dataset: Sendable {
    public internal(set) var youngPeople = YoungPeople()
    public internal(set) var contexts = Contexts()
    public internal(set) var links = Links()
    public internal(set) var scaling = ScalingRecords()
    public internal(set) var peerLinks: [PeerLink] = []
    public internal(set) var planActions: [PlanAction] = []
    public internal(set) var agreedShares: [AgreedShare] = []
    /// Contexts that a review has resolved into one real place (`places.csv`).
    public internal(set) var places = Places()
    /// What the import accepted but a person should know (an implicit link, an unknown column).
    public internal(set) var warnings = IssueLog()

    public init() {}
}
