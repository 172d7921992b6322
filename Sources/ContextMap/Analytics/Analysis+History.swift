extension Analysis {
    /// A link's harm at each of its scaling dates in `window` (mean of the role means at
    /// that date, as for current harm), oldest first.
    func harmHistory(of link: Int, in window: ClosedRange<Int32>) -> [(day: Day, harm: Double)] {
        let scaling = dataset.scaling
        let weights = RespondentRole.allCases.map { options.roleWeights[$0] }
        // A link has a handful of scaling dates: a short list beats a hash table.
        var days: [Int32] = []
        var sums: [RoleSums] = []
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
        return days.indices.sorted { days[$0] < days[$1] }.map { slot in
            (Day(daysSinceEpoch: days[slot]), sums[slot].combined(weights: weights))
        }
    }

    /// The scaling dates in the analysis's window (`since` to the as-of date).
    var window: ClosedRange<Int32> {
        (options.since?.daysSinceEpoch ?? .min)...(asOf?.daysSinceEpoch ?? .min)
    }

    /// When harm of concern was first and last recorded at a context within the window: the
    /// earliest and latest scaling dates at which any young person's harm there reached the
    /// concern threshold.
    public func sightings(of context: Int) -> (first: Day, last: Day)? {
        var first: Day?, last: Day?
        for link in dataset.links.byContext[context] {
            for (day, harm) in harmHistory(of: link, in: window) where Figures.reaches(harm, options.concern) {
                if first == nil || day < first! { first = day }
                if last == nil || last! < day { last = day }
            }
        }
        guard let first, let last else { return nil }
        return (first, last)
    }
}
