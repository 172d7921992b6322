/// The text twin of a young person's context map: the same facts as the drawing, for
/// screen readers and for the record.
public struct PersonMapReport: Report {
    public let map: PersonMap

    public init(map: PersonMap) {
        self.map = map
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json: json()
        case .csv: csv()
        case .table: Array(table().utf8)
        }
    }

    private func json() -> [UInt8] {
        var out = JSONWriter()
        out.object { out in
            out.field("title", map.title)
            out.field("as_of", map.asOf)
            out.key("young_person")
            out.object { out in
                out.field("id", map.youngPersonID)
                out.field("name", map.youngPersonName)
            }
            out.key("contexts")
            out.array { out in
                for context in map.contexts {
                    out.object { out in
                        out.field("id", context.id)
                        out.field("name", context.name)
                        out.field("type", context.type.rawValue)
                        out.field("band", context.band.rawValue)
                        out.field("harm", context.harm?.harm)
                        out.field("share", context.share)
                        out.field("trend", context.harm?.trend)
                        out.field("trend_words", context.harm.map { PersonMap.trendWords($0.trend) })
                        out.field("spread", context.harm?.spread)
                        out.field("voices_disagree_widely", context.voicesDisagreeWidely)
                        out.field("agreed_share", context.agreedShare)
                    }
                }
            }
        }
        out.newline()
        return out.bytes
    }

    private func csv() -> [UInt8] {
        var out = CSVWriter(header: ["context_id", "context_name", "type", "band", "harm", "share", "trend", "spread",
                                     "voices_disagree_widely", "agreed_share"])
        for context in map.contexts {
            out.field(context.id)
            out.field(context.name)
            out.field(context.type.rawValue)
            out.field(context.band.rawValue)
            out.field(context.harm?.harm)
            out.field(context.share)
            out.field(context.harm?.trend)
            out.field(context.harm?.spread)
            out.field(context.voicesDisagreeWidely)
            out.field(context.agreedShare)
            out.endRow()
        }
        return out.bytes
    }

    private func table() -> String {
        let text = map.title + "\n"
        guard !map.contexts.isEmpty else { return text + "  No contexts linked yet.\n" }
        var table = TextTable([("Context", .left), ("Type", .left), ("Harm", .right), ("Share", .right),
                               ("Trend", .left), ("Line on the map", .left), ("Views", .left)])
        for context in map.contexts {
            table.add([
                context.name + " (\(context.id))", context.type.rawValue,
                Wording.harm(context.harm?.harm), Wording.share(context.share),
                context.harm.map { PersonMap.trendWords($0.trend) } ?? "not yet scaled",
                Self.lineWords(context.band),
                context.voicesDisagreeWidely ? "differ by \(NumberText.fixed(context.harm?.spread ?? 0, places: 0))" : "",
            ])
        }
        return text + table.render(indent: "  ")
    }

    static func lineWords(_ band: HarmBand) -> String {
        switch band {
        case .unscaled: "dashed (not yet scaled)"
        case .lower: "thin (lower harm)"
        case .concern: "thick (harm of concern)"
        case .significant: "thickest (serious harm)"
        }
    }
}
