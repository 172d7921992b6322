/// Young people joined through known associations or shared places of concern, and the
/// places and groups that join them.
public struct ClusterReport: Report {
    public let analysis: Analysis
    public let clusters: [PeerCluster]

    public init(analysis: Analysis) {
        self.analysis = analysis
        self.clusters = analysis.peerClusters()
    }

    private var dataset: Dataset { analysis.dataset }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        let people = dataset.youngPeople.ids, contexts = dataset.contexts.ids
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.key("clusters")
                out.array { out in
                    for cluster in clusters {
                        out.object { out in
                            out.key("members")
                            out.array { out in for member in cluster.members { out.string(people[member]) } }
                            out.key("contexts")
                            out.array { out in for context in cluster.contexts { out.string(contexts[context]) } }
                            out.key("bridges")
                            out.array { out in for context in analysis.bridges(of: cluster) { out.string(contexts[context]) } }
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["cluster", "size", "members", "contexts", "bridges"])
            for (number, cluster) in clusters.enumerated() {
                out.row([String(number + 1), String(cluster.members.count),
                         cluster.members.map { people[$0] }.joined(separator: ";"),
                         cluster.contexts.map { contexts[$0] }.joined(separator: ";"),
                         analysis.bridges(of: cluster).map { contexts[$0] }.joined(separator: ";")])
            }
            return out.bytes
        case .table:
            var text = "Peer clusters \(Wording.asOf(analysis.asOf)): young people joined by a known association "
                + "or by harm of \(NumberText.decimal(analysis.options.concern)) or more in the same place or group\n"
            if clusters.isEmpty { text += "  None.\n" }
            for (number, cluster) in clusters.enumerated() {
                text += "  \(number + 1). \(cluster.members.count) young people: "
                    + cluster.members.map { Wording.person(dataset, $0) }.joined(separator: ", ") + "\n"
                text += "     joined by: "
                    + (cluster.contexts.isEmpty ? "known associations only" : cluster.contexts.map { Wording.context(dataset, $0) }.joined(separator: ", "))
                    + "\n"
                let bridges = analysis.bridges(of: cluster)
                if !bridges.isEmpty {
                    text += "     bridges (removing one would split the cluster): "
                        + bridges.map { Wording.context(dataset, $0) }.joined(separator: ", ") + "\n"
                }
            }
            return Array(text.utf8)
        }
    }
}
