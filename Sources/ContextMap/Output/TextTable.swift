/// Aligned columns for a terminal: text left, numbers right.
struct TextTable {
    enum Alignment { case left, right }

    private let headers: [String]
    private let alignments: [Alignment]
    private var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    /// Adds a row, its control characters shown as escapes: a line break in a name would
    /// start what looks like another row, and an escape sequence would drive the terminal.
    mutating func add(_ row: [String]) { rows.append(row.map(Self.printable)) }

    static func printable(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return cell }
        var text = ""
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += " "
            case _ where scalar.properties.generalCategory == .control:
                text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    var isEmpty: Bool { rows.isEmpty }

    func render(indent: String = "") -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = indent
            for (column, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                let isLast = column == cells.count - 1
                switch alignments[column] {
                case .left: text += cell + (isLast ? "" : pad)
                case .right: text += pad + cell
                }
                if !isLast { text += "  " }
            }
            return text
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
