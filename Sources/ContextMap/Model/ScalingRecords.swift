/// Every 0–10 scaling score of a dataset, one column per array (a few million rows for a
/// region's caseload, so each row is a handful of bytes).
public struct ScalingRecords: Sendable {
    public internal(set) var dates: [Day] = []
    /// The link (young person, context) that was scaled.
    public internal(set) var link: [Int32] = []
    public internal(set) var roles: [RespondentRole] = []
    public internal(set) var scores: [UInt8] = []
    public internal(set) var scales: [Scale] = []
    /// Index into `respondentNames`, or -1 when the row names no respondent.
    public internal(set) var respondent: [Int32] = []
    /// Index into `comments`, or -1 when the row has no comment.
    public internal(set) var comment: [Int32] = []
    /// The distinct free-text respondents ("Mum", "School DSL", "Police").
    public internal(set) var respondentNames: [String] = []
    public internal(set) var comments: [String] = []
    /// The rows of each link.
    public internal(set) var byLink = Adjacency()

    public var count: Int { dates.count }
    public var indices: Range<Int> { 0..<count }

    /// The row's harm: 0 (safe) to 10, whatever the direction of its scale.
    @inlinable
    public func harm(at row: Int) -> Int { scales[row].harm(ofScore: Int(scores[row])) }

    public func respondentName(at row: Int) -> String? {
        let index = respondent[row]
        return index < 0 ? nil : respondentNames[Int(index)]
    }

    public func commentText(at row: Int) -> String? {
        let index = comment[row]
        return index < 0 ? nil : comments[Int(index)]
    }

    /// The latest date any context was scaled: the default as-of date for every figure.
    public var latestDate: Day? { dates.max() }
}
