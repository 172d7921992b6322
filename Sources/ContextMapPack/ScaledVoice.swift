import ContextMap

/// What one person said about one context at their latest scaling of it: the score, the
/// scale it was given on, and their own words.
public struct ScaledVoice: Sendable, Equatable {
    public let context: Int
    public let role: RespondentRole
    /// Who spoke: "Mum", "School DSL"; `nil` when not recorded.
    public let respondent: String?
    public let date: Day
    public let score: Int
    public let scale: Scale
    public let words: String?
}
