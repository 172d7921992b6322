/// The current harm of every link (young person, context) as of one date: the figure that
/// weighting, hotspots and peer clusters are all built on, computed once.
///
/// Flat arrays indexed by link; `.nan` marks a link with no scaling on or before the date.
public struct CurrentHarm: Sendable {
    /// The date the figures describe; `nil` when the dataset has no scaling at all.
    public let asOf: Day?
    /// Combined harm per link.
    public private(set) var harm: [Double]
    /// Role harms per link, three to a link in `RespondentRole` order.
    public private(set) var roleHarm: [Double]
    public private(set) var spread: [Double]
    public private(set) var trend: [Double]
    /// The scaling date each link's figures come from.
    public private(set) var date: [Day]
    let significant: Double

    /// - Complexity: O(scaling rows + links): each link's rows are read twice.
    public init(dataset: Dataset, options: AnalysisOptions) {
        let scaling = dataset.scaling
        let links = dataset.links.count
        asOf = options.asOf ?? scaling.latestDate
        significant = options.significant
        harm = Array(repeating: .nan, count: links)
        roleHarm = Array(repeating: .nan, count: links * 3)
        spread = Array(repeating: .nan, count: links)
        trend = Array(repeating: .nan, count: links)
        date = Array(repeating: Day(daysSinceEpoch: .min), count: links)
        guard let asOf else { return }
        let weights = RespondentRole.allCases.map { options.roleWeights[$0] }
        let limit = asOf.daysSinceEpoch
        let start = options.since?.daysSinceEpoch ?? .min
        for link in 0..<links {
            let rows = scaling.byLink[link]
            // The latest date on or before the as-of date, and the one before that.
            var latest = Int32.min, previous = Int32.min
            for row in rows {
                let day = scaling.dates[row].daysSinceEpoch
                guard day <= limit else { continue }
                if day > latest {
                    previous = latest
                    latest = day
                } else if day < latest, day > previous {
                    previous = day
                }
            }
            guard latest != .min, latest >= start else { continue }
            var sums = RoleSums(), earlier = RoleSums()
            var lowest = Int.max, highest = Int.min
            for row in rows {
                let day = scaling.dates[row].daysSinceEpoch
                let rowHarm = scaling.harm(at: row)
                let role = scaling.roles[row].index
                if day == latest {
                    sums.add(rowHarm, role: role)
                    lowest = min(lowest, rowHarm)
                    highest = max(highest, rowHarm)
                } else if day == previous {
                    earlier.add(rowHarm, role: role)
                }
            }
            let now = sums.combined(weights: weights)
            harm[link] = now
            for role in 0..<3 { roleHarm[link * 3 + role] = sums.mean(role: role) }
            spread[link] = Double(highest - lowest)
            if previous != .min { trend[link] = now - earlier.combined(weights: weights) }
            date[link] = Day(daysSinceEpoch: latest)
        }
    }

    /// Whether the link was scaled on or before the as-of date.
    @inline(__always)
    public func isScaled(_ link: Int) -> Bool { !harm[link].isNaN }

    /// The figures of one link, or `nil` when it was not scaled on or before the as-of date.
    public subscript(link: Int) -> ContextHarm? {
        guard isScaled(link) else { return nil }
        func role(_ index: Int) -> Double? {
            let value = roleHarm[link * 3 + index]
            return value.isNaN ? nil : value
        }
        let roles = RoleHarms(youngPerson: role(0), parentCarer: role(1), partnerAgency: role(2))
        return ContextHarm(
            harm: harm[link], roleHarms: roles, spread: spread[link],
            trend: trend[link].isNaN ? nil : trend[link], date: date[link],
            isSignificant: Figures.reaches(harm[link], significant))
    }
}
