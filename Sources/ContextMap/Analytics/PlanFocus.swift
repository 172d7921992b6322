/// How far a young person's plan aims at the places and groups where harm happens, rather
/// than at the young person's own behaviour.
public struct PlanFocus: Sendable {
    public let youngPerson: Int
    /// Actions not dropped.
    public let activeActions: Int
    /// Active actions whose target is a context outside the home.
    public let contextActions: Int
    /// Active actions by target.
    public let actionsByTarget: [PlanTarget: Int]
    /// The percentage of active actions aimed at contexts outside the home; `nil` with no active actions.
    public var contextualFocus: Double? {
        activeActions == 0 ? nil : 100 * Double(contextActions) / Double(activeActions)
    }
    /// Contexts whose computed share reaches the high-share threshold and that no active
    /// action targets, highest share first.
    public let untargetedContexts: [ContextWeighting.Entry]
}
