extension Analysis {
    /// Contexts of any type but family where at least `minYoungPeople` distinct young people
    /// have a current harm at or above `concern`.
    ///
    /// Order: young people descending, total harm descending (6 decimal places), id ascending.
    ///
    /// When the dataset has resolved places (`places.csv`), each place is counted once
    /// instead of its contexts: a young person counts once, with their highest harm there.
    /// - Complexity: O(links + hotspots log hotspots).
    public func hotspots() -> [Hotspot] {
        dataset.places.isEmpty ? contextHotspots() : placeHotspots()
    }

    private func contextHotspots() -> [Hotspot] {
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
        return ranked(hotspots)
    }

    /// Hotspots where each resolved place is one unit and other contexts stay as they are.
    private func placeHotspots() -> [Hotspot] {
        let contexts = dataset.contexts, places = dataset.places
        var hotspots = contextHotspots().filter { places.place(of: $0.context) == nil }
        for place in 0..<places.count {
            var highest: [Int32: Double] = [:]  // young person → highest harm of concern at the place
            for context in places.contexts[place] where contexts.types[context].isOutsideTheHome {
                for link in dataset.links.byContext[context] where isOfConcern(link) {
                    let person = dataset.links.youngPerson[link]
                    highest[person] = max(highest[person] ?? 0, harm.harm[link])
                }
            }
            guard highest.count >= options.minYoungPeople, !highest.isEmpty else { continue }
            let members = places.contexts[place]
            // Summed in young people's order: a dictionary's order changes from one run to the
            // next, and so would the last digits of the total.
            let total = highest.keys.sorted().reduce(0) { $0 + highest[$1]! }
            hotspots.append(Hotspot(context: members[0], place: place, contexts: members, youngPeople: highest.count,
                                    totalHarm: total))
        }
        return ranked(hotspots)
    }

    /// Young people descending, total harm descending (6 decimal places), id ascending (a
    /// place's id for a place).
    private func ranked(_ hotspots: [Hotspot]) -> [Hotspot] {
        let places = dataset.places, contexts = dataset.contexts
        func id(_ hotspot: Hotspot) -> String { hotspot.place.map { places.ids[$0] } ?? contexts.ids[hotspot.context] }
        return hotspots.sorted { a, b in
            if a.youngPeople != b.youngPeople { return a.youngPeople > b.youngPeople }
            let ta = Figures.orderingKey(a.totalHarm), tb = Figures.orderingKey(b.totalHarm)
            if ta != tb { return ta > tb }
            return Figures.idPrecedes(id(a), id(b))
        }
    }
}
