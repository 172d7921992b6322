/// One line of the audit trail: who did what, when, for which audience, over how many rows.
public struct AuditEntry: Sendable, Equatable {
    public let at: String
    public let who: String
    public let action: String
    public let audience: String?
    public let rows: Int?
    public let detail: String?
}
