import ContextMapCSV

/// Matches a cell against a fixed set of values (a role, a scale) on its bytes, without
/// building a string: built once per file, used on every row.
struct ChoiceMatcher<Choice: RawRepresentable & CaseIterable & Sendable>: Sendable where Choice.RawValue == String {
    private let names: [[UInt8]]
    private let values: [Choice]
    private let noun: String

    init(noun: String) {
        values = Array(Choice.allCases)
        names = values.map { Array($0.rawValue.utf8) }
        self.noun = noun
    }

    /// The value in `column`, or `nil` when the cell is empty (reported when `required`) or
    /// holds something else (reported with the values expected).
    func match(_ row: CSVRecord, _ column: Column, required: Bool, _ cells: CellReader, _ errors: inout IssueLog) -> Choice? {
        guard let field = row.field(column), !field.isEmpty else {
            if required { _ = cells.requiredText(row, column, &errors) }
            return nil
        }
        let found = field.withValue { bytes -> Choice? in
            for (index, name) in names.enumerated() where name.count == bytes.count {
                if name.withUnsafeBytes({ $0.elementsEqual(bytes) }) { return values[index] }
            }
            return nil
        }
        if found == nil {
            let expected = names.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")
            errors.append(DatasetIssue(file: cells.file, line: row.line, column: column.name, value: field.displayString,
                                       problem: "is not a \(noun); expected one of \(expected)"))
        }
        return found
    }
}
