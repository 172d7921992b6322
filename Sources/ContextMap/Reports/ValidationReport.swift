/// Whether a dataset is valid, what it holds, and every problem found.
public struct ValidationReport: Report {
    public let dataset: Dataset?
    public let errors: IssueLog
    public let warnings: IssueLog

    public init(dataset: Dataset) {
        self.dataset = dataset
        self.errors = IssueLog()
        self.warnings = dataset.warnings
    }

    public init(error: DatasetError) {
        self.dataset = nil
        self.errors = error.errors
        self.warnings = error.warnings
    }

    public var isValid: Bool { errors.isEmpty }

    private var counts: [(String, Int)] {
        guard let dataset else { return [] }
        return [
            ("young_people", dataset.youngPeople.count), ("contexts", dataset.contexts.count),
            ("links", dataset.links.count), ("implicit_links", dataset.links.isImplicit.lazy.filter { $0 }.count),
            ("scaling", dataset.scaling.count), ("peer_links", dataset.peerLinks.count),
            ("plan_actions", dataset.planActions.count), ("agreed_weighting", dataset.agreedShares.count),
        ]
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("valid", isValid)
                out.key("counts")
                out.object { out in for (name, count) in counts { out.field(name, count) } }
                out.field("error_count", errors.count)
                out.key("errors")
                out.array { out in for issue in errors.kept { write(issue, to: &out) } }
                out.field("warning_count", warnings.count)
                out.key("warnings")
                out.array { out in for issue in warnings.kept { write(issue, to: &out) } }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["severity", "file", "line", "column", "value", "problem"])
            for (severity, log) in [("error", errors), ("warning", warnings)] {
                for issue in log.kept {
                    out.row([severity, issue.file, issue.line.map(String.init), issue.column, issue.value, issue.problem])
                }
            }
            return out.bytes
        case .table:
            var text = ""
            if isValid {
                let words = ["young people", "contexts", "links", "added implicitly", "scaling rows", "peer links",
                             "plan actions", "agreed shares"]
                text += "Valid: " + zip(counts, words).map { "\($0.1) \($1)" }.joined(separator: ", ") + "\n"
            } else {
                text += DatasetError(errors: errors, warnings: warnings).report(ending: "not valid") + "\n"
            }
            for warning in warnings.kept { text += "warning: \(warning)\n" }
            if warnings.count > warnings.kept.count { text += "warning: … and \(warnings.count - warnings.kept.count) more\n" }
            return Array(text.utf8)
        }
    }

    private func write(_ issue: DatasetIssue, to out: inout JSONWriter) {
        out.object { out in
            out.field("file", issue.file)
            out.key("line")
            if let line = issue.line { out.integer(line) } else { out.string(nil) }
            out.field("column", issue.column)
            out.field("value", issue.value)
            out.field("problem", issue.problem)
            out.field("message", issue.description)
        }
    }
}
