/// The young people of a dataset, one column per array, indexed by a dense integer id.
public struct YoungPeople: Sendable {
    public internal(set) var ids: [String] = []
    /// A name or initials, as recorded.
    public internal(set) var names: [String?] = []
    public internal(set) var datesOfBirth: [Day?] = []
    public internal(set) var pathways: [Pathway?] = []
    /// Children in Need census factor codes, e.g. `11A` (child sexual exploitation).
    public internal(set) var harmFactors: [[String]] = []
    public internal(set) var allocatedWorkers: [String?] = []
    var index = IdTable()

    public var count: Int { ids.count }
    public var indices: Range<Int> { 0..<count }

    /// The dense index of the young person with `id`, if there is one.
    public func index(of id: String) -> Int? { index.index(of: id) }
}
