/// The store's audit trail: who imported, exported or viewed what, when, for which audience.
public struct AuditReport: Report {
    public let entries: [AuditEntry]

    public init(entries: [AuditEntry]) {
        self.entries = entries
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.key("audit")
                out.array { out in
                    for entry in entries {
                        out.object { out in
                            out.field("at", entry.at)
                            out.field("who", entry.who)
                            out.field("action", entry.action)
                            out.field("audience", entry.audience)
                            out.key("rows")
                            if let rows = entry.rows { out.integer(rows) } else { out.string(nil) }
                            out.field("detail", entry.detail)
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["at", "who", "action", "audience", "rows", "detail"])
            for entry in entries {
                out.row([entry.at, entry.who, entry.action, entry.audience, entry.rows.map(String.init), entry.detail])
            }
            return out.bytes
        case .table:
            var table = TextTable([("When", .left), ("Who", .left), ("What", .left), ("Audience", .left),
                                   ("Rows", .right), ("Detail", .left)])
            for entry in entries {
                table.add([entry.at, entry.who, entry.action, entry.audience ?? "", entry.rows.map(String.init) ?? "", entry.detail ?? ""])
            }
            return Array(("Audit trail: \(entries.count) entr\(entries.count == 1 ? "y" : "ies")\n" + table.render(indent: "  ")).utf8)
        }
    }
}
