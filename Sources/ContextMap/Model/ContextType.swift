/// What kind of place, group or service a context is.
///
/// Family is one context among the others, never the default: the research behind the
/// Risk Outside The Home pathway found that plans which treat the family as the place to
/// act miss harm that happens elsewhere.
public enum ContextType: String, CaseIterable, Sendable, Codable {
    case family, peer, school, community, online
    /// A service or system whose actions caused harm (e.g. an exclusion that left a young person unsupervised).
    case service

    /// Hotspots and peer clusters are about places and groups outside the home.
    public var isOutsideTheHome: Bool { self != .family }
}
