/// What a person who signs in to `serve` does, and so what they may see.
public enum UserRole: String, CaseIterable, Sendable {
    /// A social worker: the young people allocated to them, by name.
    case practitioner
    /// A conference chair: every young person, and the conference screen.
    case chair
    /// A community safety partner: places and pseudonyms, never a child's page.
    case partner
    /// A researcher or analyst: aggregate counts only, small ones suppressed.
    case analyst
}
