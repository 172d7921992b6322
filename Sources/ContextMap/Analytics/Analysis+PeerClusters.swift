extension Analysis {
    /// Connected components (two or more young people) of the graph that joins two young
    /// people when a peer link joins them or both have harm of concern in the same
    /// non-family context.
    ///
    /// Built without the young-person-to-young-person projection: each context unites its
    /// young people of concern with the first of them, so a place with thousands of young
    /// people costs thousands of steps, not millions of edges.
    /// Order: size descending, then smallest member id.
    /// - Complexity: O(links + peer links), near enough.
    public func peerClusters() -> [PeerCluster] {
        let people = dataset.youngPeople, contexts = dataset.contexts
        var sets = DisjointSets(count: people.count)
        var firstOfConcern = [Int32](repeating: -1, count: contexts.count)
        var concernCount = [Int32](repeating: 0, count: contexts.count)
        for link in dataset.links.indices where isOfConcern(link) {
            let context = Int(dataset.links.context[link])
            guard contexts.types[context].isOutsideTheHome else { continue }
            let person = Int(dataset.links.youngPerson[link])
            concernCount[context] += 1
            if firstOfConcern[context] < 0 {
                firstOfConcern[context] = Int32(person)
            } else {
                sets.union(Int(firstOfConcern[context]), person)
            }
        }
        for peer in dataset.peerLinks { sets.union(peer.youngPerson, peer.otherYoungPerson) }

        var membersByRoot: [Int: [Int]] = [:]
        for person in people.indices {
            let root = sets.find(person)
            membersByRoot[root, default: []].append(person)
        }
        var contextsByRoot: [Int: [Int]] = [:]
        for context in contexts.indices where concernCount[context] >= 2 {
            contextsByRoot[sets.find(Int(firstOfConcern[context])), default: []].append(context)
        }
        let byPersonID = { (a: Int, b: Int) in Figures.idPrecedes(people.ids[a], people.ids[b]) }
        let byContextID = { (a: Int, b: Int) in Figures.idPrecedes(contexts.ids[a], contexts.ids[b]) }
        var clusters = membersByRoot.compactMap { root, members -> PeerCluster? in
            guard members.count >= 2 else { return nil }
            return PeerCluster(members: members.sorted(by: byPersonID),
                               contexts: (contextsByRoot[root] ?? []).sorted(by: byContextID))
        }
        clusters.sort { a, b in
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            return byPersonID(a.members[0], b.members[0])
        }
        return clusters
    }
}
