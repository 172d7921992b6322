extension Analysis {
    /// Contexts of any type but family where at least `minYoungPeople` distinct young people
    /// have a current harm at or above `concern`.
    ///
    /// Order: young people descending, total harm descending (6 decimal places), id ascending.
    /// - Complexity: O(links + hotspots log hotspots).
    public func hotspots() -> [Hotspot] {
        let contexts = dataset.contexts
        var counts = [Int32](repeating: 0, count: contexts.count)
        var totals = [Double](repeating: 0, count: contexts.count)
        let linkContext = dataset.links.context
        for link in dataset.links.indices where isOfConcern(link) {
            let context = Int(linkContext[link])
            guard contexts.types[context].isOutsideTheHome else { continue }
            counts[context] += 1
            totals[context] += harm.harm[link]
        }
        var hotspots: [Hotspot] = []
        for context in contexts.indices where counts[context] >= options.minYoungPeople && counts[context] > 0 {
            hotspots.append(Hotspot(context: context, youngPeople: Int(counts[context]), totalHarm: totals[context]))
        }
        hotspots.sort { a, b in
            if a.youngPeople != b.youngPeople { return a.youngPeople > b.youngPeople }
            let ta = Figures.orderingKey(a.totalHarm), tb = Figures.orderingKey(b.totalHarm)
            if ta != tb { return ta > tb }
            return Figures.idPrecedes(contexts.ids[a.context], contexts.ids[b.context])
        }
        return hotspots
    }
}
