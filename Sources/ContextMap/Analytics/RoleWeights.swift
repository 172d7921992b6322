/// How much each voice counts when a context's role harms are combined.
///
/// Equal by default, so that the young person's voice, the family's and the professionals'
/// weigh the same however many professionals scaled.
public struct RoleWeights: Sendable, Equatable {
    public var youngPerson: Double
    public var parentCarer: Double
    public var partnerAgency: Double

    public static let equal = RoleWeights(youngPerson: 1, parentCarer: 1, partnerAgency: 1)

    public init(youngPerson: Double, parentCarer: Double, partnerAgency: Double) {
        self.youngPerson = youngPerson
        self.parentCarer = parentCarer
        self.partnerAgency = partnerAgency
    }

    public subscript(role: RespondentRole) -> Double {
        switch role {
        case .youngPerson: youngPerson
        case .parentCarer: parentCarer
        case .partnerAgency: partnerAgency
        }
    }
}
