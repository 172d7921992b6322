import ContextMap

/// One context's harm at each review, oldest first, and the move at the latest.
public struct ContextHistory: Sendable {
    public let context: Int
    public let harms: [(day: Day, harm: Double)]
    public let trend: Double?
}
