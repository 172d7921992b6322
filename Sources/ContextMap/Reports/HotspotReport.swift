/// Places and groups outside the home that recur across young people's cases.
///
/// Hotspots name no young person, so practitioners and partners see the same figures. The
/// public sees counts from 1 to 5 as `c`, with the harm figures of those rows withheld, and
/// a total with secondary suppression.
public struct HotspotReport: Report {
    public let analysis: Analysis
    public let hotspots: [Hotspot]
    public let audience: Audience
    /// For the public: counts above 5 rounded to the nearest this (1: exact).
    public let roundTo: Int

    /// When harm of concern was first and last recorded at each hotspot, within the window,
    /// by hotspot id.
    public let sightings: [String: (first: Day, last: Day)]

    public init(analysis: Analysis, audience: Audience = .practitioner, roundTo: Int = 1) {
        self.analysis = analysis
        self.hotspots = analysis.hotspots()
        self.audience = audience
        self.roundTo = roundTo
        let hotspots = self.hotspots
        let found = analysis.sightings(of: hotspots.map(\.contexts))
        var sightings: [String: (first: Day, last: Day)] = [:]
        for (hotspot, seen) in zip(hotspots, found) { sightings[Self.id(of: hotspot, in: analysis.dataset)] = seen }
        self.sightings = sightings
    }

    private var contexts: Contexts { analysis.dataset.contexts }

    /// Each hotspot's count of young people as this audience sees it: exact, or for the public
    /// `nil` (shown as `c`) where suppressed.
    var shownCounts: [Int?] {
        audience == .public
            ? SuppressedCount.cells(hotspots.map(\.youngPeople), roundTo: roundTo)
            : hotspots.map { Optional($0.youngPeople) }
    }

    /// The place's id for a resolved place, else the context's.
    func id(of hotspot: Hotspot) -> String { Self.id(of: hotspot, in: analysis.dataset) }

    static func id(of hotspot: Hotspot, in dataset: Dataset) -> String {
        hotspot.place.map { dataset.places.ids[$0] } ?? dataset.contexts.ids[hotspot.context]
    }

    /// The place's reviewed name (else its first context's), or the context's name.
    func name(of hotspot: Hotspot) -> String {
        hotspot.place.flatMap { analysis.dataset.places.names[$0] } ?? contexts.names[hotspot.context]
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        audience == .public ? publicView(format) : fullView(format)
    }

    private func fullView(_ format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.key("hotspots")
                out.array { out in
                    for hotspot in hotspots {
                        out.object { out in
                            out.field("id", id(of: hotspot))
                            out.field("name", name(of: hotspot))
                            out.field("type", contexts.types[hotspot.context].rawValue)
                            out.field("young_people", hotspot.youngPeople)
                            out.field("total_harm", hotspot.totalHarm)
                            out.field("mean_harm", hotspot.meanHarm)
                            out.field("first_seen", sightings[id(of: hotspot)]?.first)
                            out.field("last_seen", sightings[id(of: hotspot)]?.last)
                            if hotspot.place != nil {
                                out.key("contexts")
                                out.array { out in for context in hotspot.contexts { out.string(contexts.ids[context]) } }
                            }
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["rank", "id", "name", "type", "young_people", "total_harm", "mean_harm", "first_seen", "last_seen"])
            for (rank, hotspot) in hotspots.enumerated() {
                out.row([String(rank + 1), id(of: hotspot), name(of: hotspot),
                         contexts.types[hotspot.context].rawValue, String(hotspot.youngPeople),
                         NumberText.decimal(hotspot.totalHarm), NumberText.decimal(hotspot.meanHarm),
                         sightings[id(of: hotspot)]?.first.description, sightings[id(of: hotspot)]?.last.description])
            }
            return out.bytes
        case .table:
            let options = analysis.options
            var text = "Hotspots \(Wording.window(analysis)): places and groups outside the home where "
                + "\(options.minYoungPeople) or more young people have harm of \(NumberText.decimal(options.concern)) or more out of 10\n"
            guard !hotspots.isEmpty else { return Array((text + "  None.\n").utf8) }
            var table = TextTable([("#", .right), ("Place or group", .left), ("Type", .left),
                                   ("Young people", .right), ("Total harm", .right), ("Mean harm", .right),
                                   ("First seen", .left), ("Last seen", .left)])
            for (rank, hotspot) in hotspots.enumerated() {
                table.add([String(rank + 1), "\(name(of: hotspot)) (\(id(of: hotspot)))",
                           contexts.types[hotspot.context].rawValue, String(hotspot.youngPeople),
                           Wording.harm(hotspot.totalHarm), Wording.harm(hotspot.meanHarm),
                           sightings[id(of: hotspot)]?.first.description ?? "", sightings[id(of: hotspot)]?.last.description ?? ""])
            }
            text += table.render(indent: "  ")
            return Array(text.utf8)
        }
    }

    /// Counts 1–5 as `c`; the mean harm only where the count is shown; a total line.
    private func publicView(_ format: OutputFormat) -> [UInt8] {
        let counts = shownCounts
        let total = SuppressedCount.total(hotspots.reduce(0) { $0 + $1.youngPeople }, roundTo: roundTo)
        func mean(_ index: Int) -> Double? {
            counts[index] == nil ? nil : (hotspots[index].meanHarm * 10).rounded() / 10
        }
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.field("audience", audience.rawValue)
                out.key("hotspots")
                out.array { out in
                    for (index, hotspot) in hotspots.enumerated() {
                        out.object { out in
                            out.field("id", id(of: hotspot))
                            out.field("name", name(of: hotspot))
                            out.field("type", contexts.types[hotspot.context].rawValue)
                            out.field("young_people", SuppressedCount.text(counts[index]))
                            out.field("mean_harm", mean(index))
                            out.field("first_seen", sightings[id(of: hotspot)]?.first)
                            out.field("last_seen", sightings[id(of: hotspot)]?.last)
                        }
                    }
                }
                out.field("total_young_people", SuppressedCount.text(total))
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["rank", "id", "name", "type", "young_people", "mean_harm"])
            for (index, hotspot) in hotspots.enumerated() {
                out.row([String(index + 1), id(of: hotspot), name(of: hotspot),
                         contexts.types[hotspot.context].rawValue, SuppressedCount.text(counts[index]),
                         mean(index).map(NumberText.decimal)])
            }
            out.row(["", "", "total", "", SuppressedCount.text(total), nil])
            return out.bytes
        case .table:
            var text = "Hotspots \(Wording.window(analysis)), public summary: places and groups outside the home where "
                + "several young people have harm of \(NumberText.decimal(analysis.options.concern)) or more out of 10\n"
            guard !hotspots.isEmpty else { return Array((text + "  None.\n").utf8) }
            var table = TextTable([("#", .right), ("Place or group", .left), ("Type", .left),
                                   ("Young people", .right), ("Mean harm", .right)])
            for (index, hotspot) in hotspots.enumerated() {
                table.add([String(index + 1), "\(name(of: hotspot)) (\(id(of: hotspot)))",
                           contexts.types[hotspot.context].rawValue, SuppressedCount.text(counts[index]),
                           mean(index).map { NumberText.fixed($0, places: 1) } ?? "c"])
            }
            table.add(["", "Total (a young person at two places counts twice)", "", SuppressedCount.text(total), ""])
            text += table.render(indent: "  ")
            text += "  c: from 1 to 5 young people, or a figure that would let one be worked out; not shown so that no child can be identified.\n"
            if roundTo > 1 { text += "  Counts above 5 are rounded to the nearest \(roundTo).\n" }
            return Array(text.utf8)
        }
    }
}
