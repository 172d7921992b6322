/// Which young person is linked to which context: one entry per distinct pair.
///
/// Links are stored in arrival order (explicit rows first, then the pairs that scaling rows
/// added implicitly); `byYoungPerson` and `byContext` index them for the analytics.
public struct Links: Sendable {
    public internal(set) var youngPerson: [Int32] = []
    public internal(set) var context: [Int32] = []
    /// Free text: attends, lives, member, frequents, uses…
    public internal(set) var relationships: [String?] = []
    public internal(set) var since: [Day?] = []
    /// True for a pair that only a scaling row named.
    public internal(set) var isImplicit: [Bool] = []
    /// The links of each young person.
    public internal(set) var byYoungPerson = Adjacency()
    /// The links of each context.
    public internal(set) var byContext = Adjacency()

    public var count: Int { youngPerson.count }
    public var indices: Range<Int> { 0..<count }

    /// The index of the link between a young person and a context, if they are linked.
    public func link(youngPerson person: Int, context target: Int) -> Int? {
        for link in byYoungPerson[person] where Int(context[link]) == target { return link }
        return nil
    }

    mutating func append(youngPerson person: Int32, context target: Int32, relationship: String?, since date: Day?, isImplicit implicit: Bool) {
        youngPerson.append(person)
        context.append(target)
        relationships.append(relationship)
        since.append(date)
        isImplicit.append(implicit)
    }

    mutating func buildIndexes(youngPeople: Int, contexts: Int) {
        byYoungPerson = Adjacency(groups: youngPeople, members: youngPerson)
        byContext = Adjacency(groups: contexts, members: context)
    }
}
