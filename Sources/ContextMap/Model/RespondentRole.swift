/// Whose voice a scaling score is. The cases are in the order a Risk Outside The Home
/// conference hears them: the young person first, then the family, then the professionals.
public enum RespondentRole: String, CaseIterable, Sendable, Codable, Comparable {
    case youngPerson = "young_person"
    case parentCarer = "parent_carer"
    case partnerAgency = "partner_agency"

    public var index: Int {
        switch self {
        case .youngPerson: 0
        case .parentCarer: 1
        case .partnerAgency: 2
        }
    }

    public init(index: Int) { self = Self.allCases[index] }

    /// How the role is named to a person reading a table.
    public var title: String {
        switch self {
        case .youngPerson: "Young person"
        case .parentCarer: "Parent/carer"
        case .partnerAgency: "Agencies"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}
