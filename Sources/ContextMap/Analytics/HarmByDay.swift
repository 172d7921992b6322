/// One link's harm at each of its scaling dates, worked out in room that is reused from link
/// to link: a hotspot's sightings look at every link of every hotspot context, and
/// allocating for each was most of their time.
struct HarmByDay {
    /// The dates seen, in the order first met (not sorted).
    private(set) var days: [Int32] = []
    private var sums: [RoleSums] = []
    private let weights: [Double]
    private let scaling: ScalingRecords

    init(_ analysis: Analysis) {
        weights = RespondentRole.allCases.map { analysis.options.roleWeights[$0] }
        scaling = analysis.dataset.scaling
    }

    /// Replaces what is held with `link`'s scaling dates within `window`.
    mutating func load(link: Int, in window: Range<Int32>) {
        days.removeAll(keepingCapacity: true)
        sums.removeAll(keepingCapacity: true)
        // A link has a handful of scaling dates: a short list beats a hash table.
        for row in scaling.byLink[link] {
            let day = scaling.dates[row].daysSinceEpoch
            guard window.contains(day) else { continue }
            let slot = days.firstIndex(of: day) ?? {
                days.append(day)
                sums.append(RoleSums())
                return days.count - 1
            }()
            sums[slot].add(scaling.harm(at: row), role: scaling.roles[row].index)
        }
    }

    /// The harm at `days[slot]`: the weighted mean of the roles' mean scores.
    func harm(at slot: Int) -> Double {
        sums[slot].combined(weights: weights)
    }
}
