extension Analysis {
    /// The scaling dates in the analysis's window (`since` to the as-of date, both included),
    /// as days since the epoch; empty when `since` is after the as-of date or nothing is
    /// scaled (a closed range there would trap).
    var window: Range<Int32> {
        let end = asOf.map { $0.daysSinceEpoch + 1 } ?? .min
        return min(options.since?.daysSinceEpoch ?? .min, end)..<end
    }

    /// Whether scaling dated `day` is in the analysis's window.
    public func isInWindow(_ day: Day) -> Bool {
        window.contains(day.daysSinceEpoch)
    }

    /// When harm of concern was first and last recorded at a context within the window: the
    /// earliest and latest scaling dates at which any young person's harm there reached the
    /// concern threshold.
    public func sightings(of context: Int) -> (first: Day, last: Day)? {
        var history = HarmByDay(self)
        let seen = dataset.links.byContext[context].map { linkSightings(link: $0, history: &history) }
        return Self.span(of: seen)
    }

    /// A link's harm at each of its scaling dates in the window, oldest first: how a
    /// context's harm has moved from review to review, for a conference to see.
    public func harmHistory(of link: Int) -> [(day: Day, harm: Double)] {
        var history = HarmByDay(self)
        history.load(link: link, in: window)
        return history.days.indices.map { (Day(daysSinceEpoch: history.days[$0]), history.harm(at: $0)) }
            .sorted { $0.day < $1.day }
    }

    /// `sightings(of:)` for each of `contexts`, worked out link by link in the order links are
    /// stored: a young person's rows lie together, so this reads scaling's columns nearly in
    /// order instead of jumping from one young person to another (measured: three times faster).
    public func sightings(of contexts: [[Int]]) -> [(first: Day, last: Day)?] {
        let perLink = ConcurrentPieces.map(count: dataset.links.count) { range in
            var history = HarmByDay(self)
            return range.map { linkSightings(link: $0, history: &history) }
        }.flatMap { $0 }
        return contexts.map { group in Self.span(of: group.flatMap { dataset.links.byContext[$0].map { perLink[$0] } }) }
    }

    /// The first and last days in the window at which `link`'s harm reached the concern
    /// threshold, as days since the epoch (`.max`, `.min` when none).
    private func linkSightings(link: Int, history: inout HarmByDay) -> (first: Int32, last: Int32) {
        var first: Int32 = .max, last: Int32 = .min
        history.load(link: link, in: window)
        for slot in history.days.indices where Figures.reaches(history.harm(at: slot), options.concern) {
            first = min(first, history.days[slot])
            last = max(last, history.days[slot])
        }
        return (first, last)
    }

    private static func span(of seen: some Sequence<(first: Int32, last: Int32)>) -> (first: Day, last: Day)? {
        var first: Int32 = .max, last: Int32 = .min
        for link in seen {
            first = min(first, link.first)
            last = max(last, link.last)
        }
        guard first <= last else { return nil }
        return (Day(daysSinceEpoch: first), Day(daysSinceEpoch: last))
    }
}
