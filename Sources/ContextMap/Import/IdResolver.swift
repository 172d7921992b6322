import ContextMapCSV

/// Turns an id cell into the dense index of a young person or context, reporting an id that
/// is malformed or unknown.
///
/// It remembers the last few ids it resolved: rows usually come grouped by young person, and
/// a young person's rows cycle through their handful of contexts, so most lookups repeat a
/// recent one and skip the hash table (measured: a fifth of reading scaling.csv went there).
struct IdResolver: Sendable {
    private let table: IdTable
    /// Whether the referenced file was read whole; if not, unknown ids are not reported, so one
    /// broken file does not bury its real errors under thousands of "unknown id" lines.
    private let isComplete: Bool
    /// How an unknown id is described: "is not a young person in young_people.csv".
    private let noun: String
    private var recent = RecentIds()
    /// The last id resolved: the next row's id is most often the same one.
    private var last = RepeatedField<Int32>()

    init(table: IdTable, isComplete: Bool, noun: String) {
        self.table = table
        self.isComplete = isComplete
        self.noun = noun
    }

    mutating func resolve(_ row: CSVRecord, _ column: Column, _ cells: CellReader, _ errors: inout IssueLog) -> Int32? {
        if let index = last.value(of: row.field(column)) { return index }
        guard let field = cells.idField(row, column, &errors) else { return nil }
        // A valid id holds no quotes, so its bytes as read are its value; reading them
        // directly, not through a closure, spares two reference counts per id, which the
        // threads reading scaling in pieces were contending for.
        let bytes = field.raw
        if let index = recent.index(of: bytes) {
            last.remember(field, as: index)
            return index
        }
        guard let index = table.index(of: bytes) else {
            if isComplete {
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: column.name,
                                           value: field.displayString, problem: "is not \(noun)"))
            }
            return nil
        }
        recent.remember(bytes, as: Int32(index))
        last.remember(field, as: Int32(index))
        return Int32(index)
    }
}
