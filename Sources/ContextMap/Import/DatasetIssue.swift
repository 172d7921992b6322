/// One problem found in a dataset, with everything a person needs to find and fix it:
/// `scaling.csv:14: column score: "11" is not a whole number from 0 to 10`.
public struct DatasetIssue: Sendable, Hashable, CustomStringConvertible {
    /// The file (`scaling.csv`) or, for the JSON form, the document and its array.
    public let file: String
    /// The 1-based line of the row (the header is line 1), when the problem is in a row.
    public let line: Int?
    /// The column's name, when the problem is in one cell.
    public let column: String?
    /// The value as written, when there is one to show.
    public let value: String?
    /// What is wrong, or what was expected.
    public let problem: String

    public init(file: String, line: Int? = nil, column: String? = nil, value: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.problem = problem
    }

    /// The same issue, `lines` further down its file (for a piece read on its own).
    func movedDown(by lines: Int) -> DatasetIssue {
        DatasetIssue(file: file, line: line.map { $0 + lines }, column: column, value: value, problem: problem)
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \(column): " }
        if let value { text += Self.quoted(value) + " " }
        return text + problem
    }

    /// The value in quotes, with quotes, backslashes and control characters escaped and a
    /// long value shortened, so that the message stays on one line.
    static func quoted(_ value: String) -> String {
        var text = "\""
        var shown = 0
        for scalar in value.unicodeScalars {
            if shown == 80 {
                text += "…"
                break
            }
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                text += "\\u{\(String(scalar.value, radix: 16))}"
            default: text.unicodeScalars.append(scalar)
            }
            shown += 1
        }
        return text + "\""
    }
}
