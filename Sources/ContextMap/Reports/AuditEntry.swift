/// One line of the audit trail: who did what, when, for which audience, over how many rows.
public struct AuditEntry: Sendable, Equatable {
    public let at: String
    public let who: String
    public let action: String
    public let audience: String?
    public let rows: Int?
    public let detail: String?

    public init(at: String, who: String, action: String, audience: String?, rows: Int?, detail: String?) {
        self.at = at
        self.who = who
        self.action = action
        self.audience = audience
        self.rows = rows
        self.detail = detail
    }
}
