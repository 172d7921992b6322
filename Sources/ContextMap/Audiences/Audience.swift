/// Who a view is for, and so how much it may show about any child.
public enum Audience: String, CaseIterable, Sendable {
    /// The young person's social worker and the conference: ids and names.
    case practitioner
    /// Community safety partners: young people only under stable pseudonyms; no name, date
    /// of birth or raw id, and family homes unnamed.
    case partner
    /// Anyone: no young-person-level rows at all, and counts from 1 to 5 suppressed.
    case `public`
}
