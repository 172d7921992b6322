/// The contexts of a dataset (family, peer group, school, community place, online space,
/// service), one column per array, indexed by a dense integer id.
public struct Contexts: Sendable {
    public internal(set) var ids: [String] = []
    public internal(set) var names: [String] = []
    public internal(set) var types: [ContextType] = []
    public internal(set) var addresses: [String?] = []
    public internal(set) var postcodes: [String?] = []
    /// WGS84 decimal degrees; present with its longitude or not at all.
    public internal(set) var latitudes: [Double?] = []
    public internal(set) var longitudes: [Double?] = []
    var index = IdTable()

    public var count: Int { ids.count }
    public var indices: Range<Int> { 0..<count }

    /// The dense index of the context with `id`, if there is one.
    public func index(of id: String) -> Int? { index.index(of: id) }
}
