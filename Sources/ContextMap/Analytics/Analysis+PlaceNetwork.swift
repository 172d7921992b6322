extension Analysis {
    /// The harm-weighted place network, by sparse accumulation over each young person's
    /// contexts: never a context-by-context matrix, never the bipartite projection.
    /// - Parameter hubLimit: contexts with more young people than this are left out and listed
    ///   as hubs (`nil`: no limit).
    /// - Complexity: O(Σ over young people of their scaled contexts squared).
    public func placeNetwork(hubLimit: Int? = 500) -> PlaceNetwork {
        let contexts = dataset.contexts, links = dataset.links
        var hubs: [Int] = []
        var isHub = [Bool](repeating: false, count: contexts.count)
        if let hubLimit {
            for context in contexts.indices where contexts.types[context].isOutsideTheHome {
                let people = links.byContext[context].filter { harm.isScaled($0) }.count
                if people > hubLimit { isHub[context] = true; hubs.append(context) }
            }
        }
        var pairs: [UInt64: (count: Int, weight: Double)] = [:]
        var mine: [(context: Int, harm: Double)] = []
        for person in dataset.youngPeople.indices {
            mine.removeAll(keepingCapacity: true)
            for link in links.byYoungPerson[person] where harm.isScaled(link) {
                let context = Int(links.context[link])
                guard contexts.types[context].isOutsideTheHome, !isHub[context] else { continue }
                mine.append((context, harm.harm[link]))
            }
            for i in mine.indices {
                for j in mine.indices where j > i {
                    let (a, b) = mine[i].context < mine[j].context ? (mine[i], mine[j]) : (mine[j], mine[i])
                    let key = UInt64(a.context) << 32 | UInt64(b.context)
                    let previous = pairs[key] ?? (0, 0)
                    pairs[key] = (previous.count + 1, previous.weight + min(a.harm, b.harm))
                }
            }
        }
        let ids = contexts.ids
        let edges = pairs.map { key, value in
            // First the context whose id comes first, so that an edge reads the same in any order.
            var (first, second) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
            if Figures.idPrecedes(ids[second], ids[first]) { swap(&first, &second) }
            return PlaceNetwork.Edge(first: first, second: second, sharedYoungPeople: value.count, weight: value.weight)
        }.sorted { a, b in
            if a.sharedYoungPeople != b.sharedYoungPeople { return a.sharedYoungPeople > b.sharedYoungPeople }
            let wa = Figures.orderingKey(a.weight), wb = Figures.orderingKey(b.weight)
            if wa != wb { return wa > wb }
            if a.first != b.first { return Figures.idPrecedes(ids[a.first], ids[b.first]) }
            return Figures.idPrecedes(ids[a.second], ids[b.second])
        }
        return PlaceNetwork(edges: edges, hubs: hubs.sorted { Figures.idPrecedes(ids[$0], ids[$1]) })
    }
}
