/// How harmful one context is for one young person as of a date, from the scaling of the
/// latest date on or before it.
public struct ContextHarm: Sendable, Equatable {
    /// The mean of the role harms (0 safe – 10 harm is certain).
    public let harm: Double
    /// Each voice's harm at `date`: the mean harm of that role's rows; `nil` where the role
    /// did not scale.
    public let roleHarms: RoleHarms
    /// How far the people in the room disagree: the highest row harm minus the lowest.
    public let spread: Double
    /// Harm now minus harm at the previous scaling date; negative is safer.
    public let trend: Double?
    /// The scaling date the figures come from.
    public let date: Day
    public let isSignificant: Bool
}
