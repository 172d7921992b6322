import ContextMapCSV

/// A file's header matched against its schema: where each contract column sits in a row.
struct BoundColumns {
    /// For each schema column, its position in a row, or -1 when the header lacks it.
    private var positions: [String: Int] = [:]
    let fieldCount: Int

    init(header: CSVRecord, schema: TableSchema, file: String, errors: inout IssueLog, warnings: inout IssueLog) {
        fieldCount = header.count
        let known = Set(schema.columns)
        var seen: [String: Int] = [:]
        for position in 0..<header.count {
            let name = header[position].displayString
            if seen[name] != nil {
                errors.append(DatasetIssue(file: file, line: header.line, column: name,
                                           problem: "named twice in the header; each column may appear once"))
                continue
            }
            seen[name] = position
            if known.contains(name) {
                positions[name] = position
            } else {
                warnings.append(DatasetIssue(file: file, line: header.line, column: name,
                                             problem: "unknown column, ignored (known columns: \(schema.columns.joined(separator: ", ")))"))
            }
        }
        for name in schema.required where positions[name] == nil {
            errors.append(DatasetIssue(file: file, line: header.line, column: name,
                                       problem: "missing from the header; \(schema.file) needs the columns \(schema.required.joined(separator: ", "))"))
        }
    }

    /// Every column of `schema` where the contract puts it: for rows not read from a header.
    init(contractOrderOf schema: TableSchema) {
        fieldCount = schema.columns.count
        for (position, name) in schema.columns.enumerated() { positions[name] = position }
    }

    /// The column named `name` (a schema column), whether or not the header has it.
    func column(_ name: String) -> Column {
        Column(name: name, position: positions[name] ?? -1)
    }
}

/// One contract column and where it sits in this file's rows (-1: not in the header).
struct Column: Sendable {
    let name: String
    let position: Int
}

extension CSVRecord {
    /// The field in `column`, or `nil` when the header has no such column.
    func field(_ column: Column) -> CSVField? {
        column.position >= 0 && column.position < count ? self[column.position] : nil
    }
}
