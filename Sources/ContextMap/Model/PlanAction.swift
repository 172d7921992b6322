/// One action of a young person's plan, and what it sets out to change.
public struct PlanAction: Sendable, Hashable {
    public let youngPerson: Int
    public let target: PlanTarget
    public let action: String
    /// The targeted context: always present when `target` is `.context`.
    public let context: Int?
    public let owner: String?
    public let due: Day?
    public let status: ActionStatus?

    /// A dropped action no longer counts towards the plan.
    public var isActive: Bool { status != .dropped }
}
