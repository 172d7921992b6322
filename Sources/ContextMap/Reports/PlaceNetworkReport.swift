/// The harm-weighted place network as a table, JSON or CSV, with its hubs named; and as
/// DOT and GraphML. Places only: no young person appears, for any audience.
public struct PlaceNetworkReport: Report {
    public let analysis: Analysis
    public let network: PlaceNetwork
    public let hubLimit: Int?

    public init(analysis: Analysis, hubLimit: Int?) {
        self.analysis = analysis
        self.hubLimit = hubLimit
        network = analysis.placeNetwork(hubLimit: hubLimit)
    }

    private var contexts: Contexts { analysis.dataset.contexts }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.key("hub_limit")
                if let hubLimit { out.integer(hubLimit) } else { out.string(nil) }
                out.key("hubs")
                out.array { out in for hub in network.hubs { out.string(contexts.ids[hub]) } }
                out.key("edges")
                out.array { out in
                    for edge in network.edges {
                        out.object { out in
                            out.field("first", contexts.ids[edge.first])
                            out.field("second", contexts.ids[edge.second])
                            out.field("shared_young_people", edge.sharedYoungPeople)
                            out.field("weight", edge.weight)
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["first", "second", "shared_young_people", "weight"])
            for edge in network.edges {
                out.field(contexts.ids[edge.first])
                out.field(contexts.ids[edge.second])
                out.field(edge.sharedYoungPeople)
                out.field(edge.weight)
                out.endRow()
            }
            return out.bytes
        case .table:
            var text = "Places joined through the young people they share \(Wording.asOf(analysis.asOf))\n"
            var table = TextTable([("Place or group", .left), ("Place or group", .left), ("Young people", .right), ("Weight", .right)])
            for edge in network.edges {
                table.add([Wording.context(analysis.dataset, edge.first), Wording.context(analysis.dataset, edge.second),
                           String(edge.sharedYoungPeople), NumberText.fixed(edge.weight, places: 1)])
            }
            text += network.edges.isEmpty ? "  None.\n" : table.render(indent: "  ")
            if !network.hubs.isEmpty {
                text += "  Left out as hubs (more than \(hubLimit ?? 0) young people; --hub-limit to change): "
                    + network.hubs.map { Wording.context(analysis.dataset, $0) }.joined(separator: ", ") + "\n"
            }
            text += "  Weight: for each young person at both, the smaller of their two harms, added up.\n"
            return Array(text.utf8)
        }
    }

    /// Places as nodes sized by their edges, edges as wide as the young people they share.
    public var dot: String {
        var dot = "graph place_network {\n  graph [overlap=false, outputorder=edgesfirst, fontname=\(MapStyle.font), fontsize=22, labelloc=t,"
        dot += " label=\(DOTText.quoted("Places joined through the young people they share, " + Wording.asOf(analysis.asOf)))];\n"
        dot += "  node [fontname=\(MapStyle.font), fontsize=10, style=filled, fillcolor=\"#FCEBCC\", color=\"#E69F00\"];\n"
        for node in network.places {
            dot += "  c\(node) [shape=\(MapStyle.shape(contexts.types[node])), label=\(DOTText.label(contexts.names[node], wrapAt: 22))];\n"
        }
        for edge in network.edges {
            let width = 1 + Double(edge.sharedYoungPeople).squareRoot()
            dot += "  c\(edge.first) -- c\(edge.second) [penwidth=\(NumberText.fixed(width, places: 1)), color=\"#0072B2\"];\n"
        }
        return dot + "}\n"
    }

    /// The network as GraphML for Gephi, yEd or networkx.
    public var graphML: String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="shared" for="edge" attr.name="shared_young_people" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="places" edgedefault="undirected">

            """
        for node in network.places {
            xml += "    <node id=\"\(XMLText.escaped(contexts.ids[node]))\"><data key=\"label\">\(XMLText.escaped(contexts.names[node]))</data>"
                + "<data key=\"type\">\(contexts.types[node].rawValue)</data></node>\n"
        }
        for edge in network.edges {
            xml += "    <edge source=\"\(XMLText.escaped(contexts.ids[edge.first]))\" target=\"\(XMLText.escaped(contexts.ids[edge.second]))\">"
                + "<data key=\"shared\">\(edge.sharedYoungPeople)</data><data key=\"weight\">\(NumberText.decimal(edge.weight))</data></edge>\n"
        }
        return xml + "  </graph>\n</graphml>\n"
    }
}
