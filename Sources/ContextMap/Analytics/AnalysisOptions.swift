/// The thresholds and choices behind the figures. The defaults are the data contract's.
public struct AnalysisOptions: Sendable, Equatable {
    /// The date the figures describe; `nil` means the latest scaling date in the dataset.
    public var asOf: Day?
    /// The start of a window: scaling before this date is not used, so a link last scaled
    /// before it counts as not scaled (`nil`: no start).
    public var since: Day?
    /// Harm at or above this counts towards hotspots and peer clusters.
    public var concern: Double
    /// Harm at or above this is flagged significant (7 matches a safety score of 3 or below).
    public var significant: Double
    /// How many distinct young people make a place a hotspot.
    public var minYoungPeople: Int
    /// How much each voice counts when role harms are combined.
    public var roleWeights: RoleWeights
    /// A computed share at or above this, with no plan action against its context, is a gap in the plan.
    public var highShare: Double

    public init(asOf: Day? = nil, since: Day? = nil, concern: Double = 5, significant: Double = 7, minYoungPeople: Int = 2,
                roleWeights: RoleWeights = .equal, highShare: Double = 25) {
        self.asOf = asOf
        self.since = since
        self.concern = concern
        self.significant = significant
        self.minYoungPeople = minYoungPeople
        self.roleWeights = roleWeights
        self.highShare = highShare
    }
}
