/// The share of concern a conference agreed for one context of one young person.
public struct AgreedShare: Sendable, Hashable {
    public let date: Day
    public let youngPerson: Int
    public let context: Int
    /// A percentage; the shares of one young person and date sum to 100.
    public let share: Double
    public let agreedBy: String?
}
