/// Places and groups outside the home that recur across young people's cases.
public struct HotspotReport: Report {
    public let analysis: Analysis
    public let hotspots: [Hotspot]

    public init(analysis: Analysis) {
        self.analysis = analysis
        self.hotspots = analysis.hotspots()
    }

    private var contexts: Contexts { analysis.dataset.contexts }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.key("hotspots")
                out.array { out in
                    for hotspot in hotspots {
                        out.object { out in
                            out.field("id", contexts.ids[hotspot.context])
                            out.field("name", contexts.names[hotspot.context])
                            out.field("type", contexts.types[hotspot.context].rawValue)
                            out.field("young_people", hotspot.youngPeople)
                            out.field("total_harm", hotspot.totalHarm)
                            out.field("mean_harm", hotspot.meanHarm)
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["rank", "id", "name", "type", "young_people", "total_harm", "mean_harm"])
            for (rank, hotspot) in hotspots.enumerated() {
                out.row([String(rank + 1), contexts.ids[hotspot.context], contexts.names[hotspot.context],
                         contexts.types[hotspot.context].rawValue, String(hotspot.youngPeople),
                         NumberText.decimal(hotspot.totalHarm), NumberText.decimal(hotspot.meanHarm)])
            }
            return out.bytes
        case .table:
            let options = analysis.options
            var text = "Hotspots \(Wording.asOf(analysis.asOf)): places and groups outside the home where "
                + "\(options.minYoungPeople) or more young people have harm of \(NumberText.decimal(options.concern)) or more out of 10\n"
            guard !hotspots.isEmpty else { return Array((text + "  None.\n").utf8) }
            var table = TextTable([("#", .right), ("Place or group", .left), ("Type", .left),
                                   ("Young people", .right), ("Total harm", .right), ("Mean harm", .right)])
            for (rank, hotspot) in hotspots.enumerated() {
                table.add([String(rank + 1), Wording.context(analysis.dataset, hotspot.context),
                           contexts.types[hotspot.context].rawValue, String(hotspot.youngPeople),
                           Wording.harm(hotspot.totalHarm), Wording.harm(hotspot.meanHarm)])
            }
            text += table.render(indent: "  ")
            return Array(text.utf8)
        }
    }
}
