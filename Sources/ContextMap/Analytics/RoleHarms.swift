/// Each voice's harm for one context at one date; `nil` for a role that did not scale.
///
/// Three stored values rather than a dictionary: a region's weighting has half a million of these.
public struct RoleHarms: Sendable, Equatable {
    public var youngPerson: Double?
    public var parentCarer: Double?
    public var partnerAgency: Double?

    public init(youngPerson: Double? = nil, parentCarer: Double? = nil, partnerAgency: Double? = nil) {
        self.youngPerson = youngPerson
        self.parentCarer = parentCarer
        self.partnerAgency = partnerAgency
    }

    public subscript(role: RespondentRole) -> Double? {
        switch role {
        case .youngPerson: youngPerson
        case .parentCarer: parentCarer
        case .partnerAgency: partnerAgency
        }
    }
}
