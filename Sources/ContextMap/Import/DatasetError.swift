/// A dataset that cannot be used: one or more bad rows, a missing file or column, bytes that
/// are not CSV. Nothing from the dataset is kept when this is thrown.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order found (file by file, line by line).
    public let errors: IssueLog
    /// What would have been accepted with a warning.
    public let warnings: IssueLog

    public init(errors: IssueLog, warnings: IssueLog) {
        self.errors = errors
        self.warnings = warnings
    }

    public init(_ issue: DatasetIssue) {
        var log = IssueLog()
        log.append(issue)
        self.init(errors: log, warnings: IssueLog())
    }

    /// The problems, ending by saying the data was not used: a command that reads a dataset
    /// stops at any of them. An import says instead that nothing was imported.
    public var description: String { report(ending: "the data was not used") }

    /// The problems, one a line, then how many there were and what became of the data.
    public func report(ending outcome: String) -> String {
        var lines = errors.kept.map(\.description)
        if errors.count > errors.kept.count {
            lines.append("… and \(errors.count - errors.kept.count) more")
        }
        let noun = errors.count == 1 ? "error" : "errors"
        lines.append("\(errors.count) \(noun): \(outcome)")
        return lines.joined(separator: "\n")
    }
}
