extension Analysis {
    /// Places and groups outside the home compared across the latest `days` up to the as-of
    /// date and the `days` before those: a young person counts in a window when their harm
    /// there reached the concern threshold at a scaling date in it.
    ///
    /// Contexts where either window has at least `minYoungPeople`; order: change descending,
    /// latest count descending, id ascending.
    public func emergingHotspots(days: Int) -> [EmergingHotspot] {
        guard let asOf, days > 0 else { return [] }
        // In 64 bits and clamped: a window of any length, however long, covers what it can.
        let end = Int64(asOf.daysSinceEpoch)
        let split = Int32(clamping: end - Int64(days))
        let span = Int32(clamping: end - 2 * Int64(min(days, Int(Int32.max))) + 1)..<Int32(clamping: end + 1)
        let contexts = dataset.contexts
        var latest = [Int32](repeating: 0, count: contexts.count)
        var previous = [Int32](repeating: 0, count: contexts.count)
        var history = HarmByDay(self)
        for link in dataset.links.indices {
            let context = Int(dataset.links.context[link])
            guard contexts.types[context].isOutsideTheHome else { continue }
            var inLatest = false, inPrevious = false
            history.load(link: link, in: span)
            for slot in history.days.indices where Figures.reaches(history.harm(at: slot), options.concern) {
                if history.days[slot] > split { inLatest = true } else { inPrevious = true }
            }
            if inLatest { latest[context] += 1 }
            if inPrevious { previous[context] += 1 }
        }
        var found: [EmergingHotspot] = []
        for context in contexts.indices where max(latest[context], previous[context]) >= options.minYoungPeople {
            found.append(EmergingHotspot(context: context, latest: Int(latest[context]), previous: Int(previous[context])))
        }
        found.sort { a, b in
            if a.change != b.change { return a.change > b.change }
            if a.latest != b.latest { return a.latest > b.latest }
            return Figures.idPrecedes(contexts.ids[a.context], contexts.ids[b.context])
        }
        return found
    }
}
