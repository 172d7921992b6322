import ContextMapCSV

/// Reads and checks the cells of one file's rows, reporting each bad cell with the file,
/// line, column, value and what was expected. An empty cell is absent.
struct CellReader: Sendable {
    let file: String

    // MARK: ids

    /// The field of a required id, checked against `[A-Za-z0-9_.-]{1,64}`.
    func idField(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> CSVField? {
        guard let field = required(row, column, &errors) else { return nil }
        let valid = field.withValue { bytes in
            bytes.count <= 64 && bytes.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                    true
                default:
                    false
                }
            }
        }
        guard valid else {
            errors.append(issue(row, column, field, "is not an id; expected 1 to 64 letters, digits, '_', '.' or '-'"))
            return nil
        }
        return field
    }

    func id(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> String? {
        idField(row, column, &errors)?.displayString
    }

    // MARK: text

    func optionalText(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> String? {
        guard let field = row.field(column), !field.isEmpty else { return nil }
        guard let text = field.string else {
            errors.append(notUTF8(row, column, field))
            return nil
        }
        return text
    }

    func requiredText(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> String? {
        guard required(row, column, &errors) != nil else { return nil }
        return optionalText(row, column, &errors)
    }

    func notUTF8(_ row: CSVRecord, _ column: Column, _ field: CSVField) -> DatasetIssue {
        issue(row, column, field, "is not valid UTF-8 text; save the file as UTF-8")
    }

    // MARK: fixed choices

    func optionalChoice<Choice: RawRepresentable & CaseIterable>(
        _ row: CSVRecord, _ column: Column, noun: String, _ errors: inout IssueLog
    ) -> Choice? where Choice.RawValue == String {
        guard let field = row.field(column), !field.isEmpty else { return nil }
        let text = field.displayString
        guard let choice = Choice(rawValue: text) else {
            let expected = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            errors.append(issue(row, column, field, "is not a \(noun); expected one of \(expected)"))
            return nil
        }
        return choice
    }

    func requiredChoice<Choice: RawRepresentable & CaseIterable>(
        _ row: CSVRecord, _ column: Column, noun: String, _ errors: inout IssueLog
    ) -> Choice? where Choice.RawValue == String {
        guard required(row, column, &errors) != nil else { return nil }
        return optionalChoice(row, column, noun: noun, &errors)
    }

    // MARK: dates and numbers

    func optionalDay(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> Day? {
        guard let field = row.field(column), !field.isEmpty else { return nil }
        guard let day = field.withValue({ Day(bytes: $0) }) else {
            errors.append(issue(row, column, field, "is not a date; expected YYYY-MM-DD, a real calendar date"))
            return nil
        }
        return day
    }

    func requiredDay(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> Day? {
        guard required(row, column, &errors) != nil else { return nil }
        return optionalDay(row, column, &errors)
    }

    /// A scaling score: a whole number from 0 to 10, written as plain digits.
    func score(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> UInt8? {
        guard let field = required(row, column, &errors) else { return nil }
        let value = field.withValue { bytes -> UInt8? in
            guard (1...2).contains(bytes.count) else { return nil }
            var value = 0
            for byte in bytes {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value <= 10 ? UInt8(value) : nil
        }
        if value == nil { errors.append(issue(row, column, field, "is not a whole number from 0 to 10")) }
        return value
    }

    func optionalDecimal(_ row: CSVRecord, _ column: Column, in range: ClosedRange<Double>, noun: String,
                         _ errors: inout IssueLog) -> Double? {
        guard let field = row.field(column), !field.isEmpty else { return nil }
        let text = field.displayString
        let plain = text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard plain, let value = Double(text), value.isFinite, range.contains(value) else {
            errors.append(issue(row, column, field, "is not \(noun)"))
            return nil
        }
        return value
    }

    func requiredDecimal(_ row: CSVRecord, _ column: Column, in range: ClosedRange<Double>, noun: String,
                         _ errors: inout IssueLog) -> Double? {
        guard required(row, column, &errors) != nil else { return nil }
        return optionalDecimal(row, column, in: range, noun: noun, &errors)
    }

    /// Children in Need census factor codes separated by `;` (`11A;24A`).
    func harmFactors(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> [String] {
        guard let field = row.field(column), !field.isEmpty else { return [] }
        let codes: [String]? = field.withValue { bytes in
            var codes: [String] = []
            for code in bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
                guard Self.isFactorCode(code) else { return nil }
                codes.append(String(decoding: code, as: UTF8.self))
            }
            return codes
        }
        guard let codes else {
            errors.append(issue(row, column, field, "is not a list of Children in Need factor codes; expected codes such as 11A or 24A separated by ';'"))
            return []
        }
        return codes
    }

    /// One or two digits, then at most one capital letter: `24A`, `8`.
    private static func isFactorCode(_ code: Slice<UnsafeRawBufferPointer>) -> Bool {
        let digits = code.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        let rest = code.dropFirst(digits)
        return (1...2).contains(digits) && rest.count <= 1 && rest.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    // MARK: helpers

    private func required(_ row: CSVRecord, _ column: Column, _ errors: inout IssueLog) -> CSVField? {
        guard let field = row.field(column), !field.isEmpty else {
            errors.append(DatasetIssue(file: file, line: row.line, column: column.name, value: "", problem: "is empty; a value is required"))
            return nil
        }
        return field
    }

    private func issue(_ row: CSVRecord, _ column: Column, _ field: CSVField, _ problem: String) -> DatasetIssue {
        DatasetIssue(file: file, line: row.line, column: column.name, value: field.displayString, problem: problem)
    }
}
