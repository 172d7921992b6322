/// Places and groups where harm of concern is rising: the latest window against the one
/// before it. For the public, counts from 1 to 5 are `c`, and the change is shown only
/// where both counts are, so that a difference never gives a suppressed count away.
public struct EmergingHotspotReport: Report {
    public let analysis: Analysis
    public let days: Int
    public let emerging: [EmergingHotspot]
    public let audience: Audience

    public init(analysis: Analysis, days: Int, audience: Audience = .practitioner) {
        self.analysis = analysis
        self.days = days
        self.emerging = analysis.emergingHotspots(days: days)
        self.audience = audience
    }

    private var contexts: Contexts { analysis.dataset.contexts }

    /// The counts as shown: exact, or suppressed for the public.
    private func shown(_ item: EmergingHotspot) -> (latest: Int?, previous: Int?, change: Int?) {
        guard audience == .public else { return (item.latest, item.previous, item.change) }
        let latest = SuppressedCount.total(item.latest), previous = SuppressedCount.total(item.previous)
        return (latest, previous, latest != nil && previous != nil ? item.change : nil)
    }

    private var windows: (latest: String, previous: String) {
        guard let asOf = analysis.asOf else { return ("", "") }
        return ("\(asOf.adding(days: 1 - days)) to \(asOf)", "\(asOf.adding(days: 1 - 2 * days)) to \(asOf.adding(days: -days))")
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.field("window_days", days)
                out.field("audience", audience.rawValue)
                out.key("emerging")
                out.array { out in
                    for item in emerging {
                        let counts = shown(item)
                        out.object { out in
                            out.field("id", contexts.ids[item.context])
                            out.field("name", contexts.names[item.context])
                            out.field("type", contexts.types[item.context].rawValue)
                            out.field("latest", SuppressedCount.text(counts.latest))
                            out.field("previous", SuppressedCount.text(counts.previous))
                            out.field("change", counts.change.map(String.init) ?? "c")
                            out.field("rising", item.isRising)
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["id", "name", "type", "latest", "previous", "change", "rising"])
            for item in emerging {
                let counts = shown(item)
                out.row([contexts.ids[item.context], contexts.names[item.context], contexts.types[item.context].rawValue,
                         SuppressedCount.text(counts.latest), SuppressedCount.text(counts.previous),
                         counts.change.map(String.init) ?? "c", item.isRising ? "true" : "false"])
            }
            return out.bytes
        case .table:
            let (latest, previous) = windows
            var text = "Emerging hotspots \(Wording.asOf(analysis.asOf)): young people with harm of "
                + "\(NumberText.decimal(analysis.options.concern)) or more, \(latest) against \(previous)\n"
            guard !emerging.isEmpty else { return Array((text + "  None.\n").utf8) }
            var table = TextTable([("Place or group", .left), ("Type", .left), ("Latest", .right), ("Before", .right),
                                   ("Change", .right), ("", .left)])
            for item in emerging {
                let counts = shown(item)
                table.add([Wording.context(analysis.dataset, item.context), contexts.types[item.context].rawValue,
                           SuppressedCount.text(counts.latest), SuppressedCount.text(counts.previous),
                           counts.change.map { $0 > 0 ? "+\($0)" : String($0) } ?? "c", item.isRising ? "rising" : ""])
            }
            text += table.render(indent: "  ")
            if audience == .public { text += "  c: from 1 to 5 young people, or a change that would let one be worked out.\n" }
            return Array(text.utf8)
        }
    }
}
