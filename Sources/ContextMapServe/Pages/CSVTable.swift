import ContextMap
import ContextMapCSV

/// A report's CSV as an HTML table: a page shows exactly the rows and cells its download
/// holds, so the audience's rules (suppression, pseudonyms) are applied once, by the report.
enum CSVTable {
    static func html(_ csv: [UInt8], caption: String, limit: Int = 50) -> String {
        var rows: [[String]] = []
        var total = 0
        csv.withUnsafeBytes { bytes in
            var reader = CSVReader(bytes)
            while let record = try? reader.next() {
                total += 1
                guard rows.count <= limit else { continue }
                rows.append((0..<record.count).map { record[$0].string ?? "" })
            }
        }
        guard let header = rows.first else { return "<p>None.</p>\n" }
        guard rows.count > 1 else { return "<p class=\"none\">None at present.</p>\n" }
        var out = "<table>\n<caption>\(HTML.escaped(caption))</caption>\n<thead><tr>"
        for name in header { out += "<th scope=\"col\">\(HTML.escaped(heading(name)))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows.dropFirst() {
            out += "<tr>" + zip(header, row).map { "<td>\(HTML.text(shown($1, in: $0)))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if total - 1 > limit { out += "<p class=\"small\">The first \(limit) of \(total - 1); the download has them all.</p>\n" }
        return out
    }

    /// A cell as a person reads it: harm and weights to one decimal place (the download keeps
    /// every digit), yes and no for true and false.
    private static func shown(_ cell: String, in column: String) -> String {
        switch cell {
        case "true": return "yes"
        case "false": return "no"
        default:
            guard column.contains("harm") || column.contains("weight") || cell.contains("."),
                  let value = Double(cell), value.isFinite else { return cell }
            return NumberText.fixed(value, places: 1)
        }
    }

    /// `young_people` → `Young people`.
    private static func heading(_ column: String) -> String {
        let words = column.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
