/// The direction of a 0–10 score. Areas differ, so the direction is stored with every score
/// and never guessed.
public enum Scale: String, CaseIterable, Sendable, Codable {
    /// 10 = safe enough, 0 = harm is certain (the Signs of Safety direction); the default.
    case safety
    /// 10 = the highest risk.
    case risk

    /// Harm on a common 0 (safe) to 10 scale.
    @inlinable
    public func harm(ofScore score: Int) -> Int {
        self == .safety ? 10 - score : score
    }
}
