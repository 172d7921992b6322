/// The problems found while reading a dataset: every one counted, the first ones kept.
public struct IssueLog: Sendable {
    /// How many issues are kept for display; the rest are only counted.
    public static let keptLimit = 500

    public private(set) var kept: [DatasetIssue] = []
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Counts issues found and dropped elsewhere (beyond another log's kept limit).
    mutating func addUncounted(_ count: Int) {
        self.count += count
    }

    mutating func append(_ issue: DatasetIssue) {
        count += 1
        if kept.count < Self.keptLimit { kept.append(issue) }
    }
}
