/// A row an import replaced, as the store held it before: when, by whom and from which
/// export it was replaced, in its table's columns.
public struct ReplacedRow: Sendable, Equatable {
    public let at: String
    public let who: String
    public let source: String?
    /// The contract's table: `scaling`, `links`, `plan_actions`…
    public let table: String
    /// The young person the row is about; `nil` for a context's or a place's own row.
    public let youngPerson: String?
    /// The table's columns and the row's values in them (`nil`: empty).
    public let columns: [String]
    public let values: [String?]

    public init(at: String, who: String, source: String?, table: String, youngPerson: String?, columns: [String], values: [String?]) {
        self.at = at
        self.who = who
        self.source = source
        self.table = table
        self.youngPerson = youngPerson
        self.columns = columns
        self.values = values
    }
}
