/// Which of a young person's contexts most needs to change: each scaled context's share of
/// the young person's total harm, highest first, with the unscaled ones listed last as gaps
/// for the conference to fill, and the weighting a conference agreed shown beside.
public struct ContextWeighting: Sendable {
    public struct Entry: Sendable {
        public let context: Int
        public let link: Int
        /// `nil` for a context linked but not scaled as of the date.
        public let harm: ContextHarm?
        /// `100 × harm / Σ harm`; `nil` for an unscaled context.
        public let share: Double?
        /// The share the conference agreed, when there is an agreed weighting.
        public let agreedShare: Double?
    }

    public let youngPerson: Int
    public let entries: [Entry]
    /// The latest weighting a conference agreed on or before the as-of date.
    public let agreed: AgreedWeighting?
}

/// A weighting a conference agreed, kept beside the computed one and never replacing it.
public struct AgreedWeighting: Sendable {
    public let date: Day
    public let agreedBy: String?
    /// Share per context index.
    public let shares: [Int: Double]
}
