/// A compressed sparse row index: for each group (a young person, a context), the items
/// (links, rows) that belong to it, in one flat array.
///
/// Two flat arrays instead of an array of arrays: one allocation, contiguous reads.
public struct Adjacency: Sendable {
    /// `items[starts[g]..<starts[g + 1]]` are group g's items.
    public private(set) var starts: [Int32] = [0]
    public private(set) var items: [Int32] = []

    public init() {}

    /// Groups item `i` under `members[i]` (a counting sort; items stay in ascending order).
    /// - Complexity: O(groups + items).
    public init(groups: Int, members: [Int32]) {
        var starts = [Int32](repeating: 0, count: groups + 1)
        for member in members { starts[Int(member) + 1] += 1 }
        for group in 0..<groups { starts[group + 1] += starts[group] }
        var next = starts
        var items = [Int32](repeating: 0, count: members.count)
        for (item, member) in members.enumerated() {
            items[Int(next[Int(member)])] = Int32(item)
            next[Int(member)] += 1
        }
        self.starts = starts
        self.items = items
    }

    public var groupCount: Int { starts.count - 1 }

    /// The items of group `group`.
    public subscript(group: Int) -> AdjacencyItems {
        AdjacencyItems(storage: items, range: Int(starts[group])..<Int(starts[group + 1]))
    }
}

/// The items of one group of an `Adjacency`, as dense indices.
public struct AdjacencyItems: RandomAccessCollection, Sendable {
    let storage: [Int32]
    let range: Range<Int>

    public var startIndex: Int { range.lowerBound }
    public var endIndex: Int { range.upperBound }
    public subscript(position: Int) -> Int { Int(storage[position]) }
}
