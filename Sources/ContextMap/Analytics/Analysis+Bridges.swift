extension Analysis {
    /// The bridges of a peer cluster: the contexts whose removal would split it, because
    /// they alone join some of its young people to the others. Often the place or group
    /// where a partner's action helps most.
    ///
    /// They are the articulation points among the context nodes of the cluster's graph:
    /// members, the cluster's contexts (each with two or more members of concern), a
    /// member–context edge for harm of concern, and member–member edges for peer links.
    /// In id order.
    /// - Complexity: O(the cluster's links and peer links).
    public func bridges(of cluster: PeerCluster) -> [Int] {
        guard !cluster.contexts.isEmpty else { return [] }
        var node: [Int: Int] = [:]  // young person index → local node
        for (local, person) in cluster.members.enumerated() { node[person] = local }
        let memberCount = cluster.members.count
        var contextNode: [Int: Int] = [:]
        for (offset, context) in cluster.contexts.enumerated() { contextNode[context] = memberCount + offset }

        var adjacency = [[Int]](repeating: [], count: memberCount + cluster.contexts.count)
        for (local, person) in cluster.members.enumerated() {
            for link in dataset.links.byYoungPerson[person] where isOfConcern(link) {
                guard let other = contextNode[Int(dataset.links.context[link])] else { continue }
                adjacency[local].append(other)
                adjacency[other].append(local)
            }
        }
        for peer in dataset.peerLinks {
            guard let a = node[peer.youngPerson], let b = node[peer.otherYoungPerson], a != b else { continue }
            adjacency[a].append(b)
            adjacency[b].append(a)
        }
        let cut = ArticulationPoints(adjacency: adjacency).nodes
        return cluster.contexts.enumerated().filter { cut.contains(memberCount + $0.offset) }.map(\.element)
    }
}

/// The articulation points of an undirected graph (nodes whose removal disconnects their
/// component), by Tarjan's depth-first search, written without recursion so that a cluster
/// of a hundred thousand young people cannot overflow the stack.
struct ArticulationPoints {
    let nodes: Set<Int>

    init(adjacency: [[Int]]) {
        let count = adjacency.count
        var discovered = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var parent = [Int](repeating: -1, count: count)
        var points = Set<Int>()
        var time = 0
        for root in 0..<count where discovered[root] < 0 {
            var rootChildren = 0
            // Each frame: a node and the position of the next neighbour to visit.
            var stack = [(node: root, next: 0)]
            discovered[root] = time
            low[root] = time
            time += 1
            while let frame = stack.last {
                let current = frame.node
                if frame.next < adjacency[current].count {
                    stack[stack.count - 1].next += 1
                    let neighbour = adjacency[current][frame.next]
                    if discovered[neighbour] < 0 {
                        parent[neighbour] = current
                        discovered[neighbour] = time
                        low[neighbour] = time
                        time += 1
                        if current == root { rootChildren += 1 }
                        stack.append((neighbour, 0))
                    } else if neighbour != parent[current] {
                        low[current] = min(low[current], discovered[neighbour])
                    }
                } else {
                    stack.removeLast()
                    let up = parent[current]
                    guard up >= 0 else { continue }
                    low[up] = min(low[up], low[current])
                    if up != root, low[current] >= discovered[up] { points.insert(up) }
                }
            }
            if rootChildren > 1 { points.insert(root) }
        }
        nodes = points
    }
}
