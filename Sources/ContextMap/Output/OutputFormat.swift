/// How a report is written: for a person in a terminal, or for another program.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a person reading a terminal.
    case table
    /// One JSON document, for scripts.
    case json
    /// RFC 4180 CSV with a header row, for spreadsheets.
    case csv
}
