/// What the store held before imports corrected it, oldest replacement first.
public struct ReplacedRowsReport: Report {
    public let rows: [ReplacedRow]

    public init(rows: [ReplacedRow]) {
        self.rows = rows
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.key("replaced")
                out.array { out in
                    for row in rows {
                        out.object { out in
                            out.field("replaced_at", row.at)
                            out.field("who", row.who)
                            out.field("source", row.source)
                            out.field("table", row.table)
                            out.field("young_person_id", row.youngPerson)
                            out.key("row")
                            out.object { out in
                                for (column, value) in zip(row.columns, row.values) { out.field(column, value) }
                            }
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["replaced_at", "who", "source", "table", "young_person_id", "row"])
            for row in rows {
                out.row([row.at, row.who, row.source, row.table, row.youngPerson, Self.line(row)])
            }
            return out.bytes
        case .table:
            var table = TextTable([("Replaced", .left), ("Who", .left), ("From", .left), ("Table", .left),
                                   ("Young person", .left), ("Row as it was", .left)])
            for row in rows {
                table.add([row.at, row.who, row.source ?? "", row.table, row.youngPerson ?? "", Self.line(row)])
            }
            let heading = "Rows imports replaced: \(rows.count) row\(rows.count == 1 ? "" : "s")\n"
            return Array((heading + table.render(indent: "  ")).utf8)
        }
    }

    /// The row as `column=value` pairs, empty cells left out: readable without the header.
    private static func line(_ row: ReplacedRow) -> String {
        zip(row.columns, row.values).compactMap { column, value in
            guard let value, !value.isEmpty, column != "young_person_id" else { return nil }
            return "\(column)=\(value)"
        }.joined(separator: " ")
    }
}
