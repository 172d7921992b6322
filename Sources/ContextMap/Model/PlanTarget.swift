/// Who or what a plan action sets out to change.
public enum PlanTarget: String, CaseIterable, Sendable, Codable {
    case context
    case youngPerson = "young_person"
    case parentCarer = "parent_carer"
}
