/// Young people joined through known associations or shared places of concern, the places
/// and groups that join them, and the bridges among those.
///
/// Partners see members under pseudonyms; the public sees no members at all, only each
/// cluster's size (`c` from 1 to 5) and its places.
public struct ClusterReport: Report {
    public let analysis: Analysis
    public let clusters: [PeerCluster]
    /// Each cluster's bridges, worked out with the clusters (not while writing), so that they
    /// are found beside hotspots when `partners` makes both.
    public let bridges: [[Int]]
    public let audience: Audience
    private let naming: PersonNaming

    /// - Parameter naming: how members are named; `nil` for the public, who see no members.
    public init(analysis: Analysis, naming: PersonNaming?) {
        self.analysis = analysis
        self.clusters = analysis.peerClusters()
        self.bridges = clusters.map(analysis.bridges(of:))
        self.audience = naming?.audience ?? .public
        self.naming = naming ?? .practitioner(analysis.dataset)
    }

    /// The practitioner's view.
    public init(analysis: Analysis) {
        self.init(analysis: analysis, naming: .practitioner(analysis.dataset))
    }

    private var dataset: Dataset { analysis.dataset }
    private var showsMembers: Bool { audience != .public }

    private func size(_ cluster: PeerCluster) -> Int? {
        showsMembers ? cluster.members.count : SuppressedCount.total(cluster.members.count)
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        let contexts = dataset.contexts.ids
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.field("audience", audience.rawValue)
                out.key("clusters")
                out.array { out in
                    for (cluster, bridges) in zip(clusters, bridges) {
                        out.object { out in
                            if showsMembers {
                                out.key("members")
                                out.array { out in for member in cluster.members { out.string(naming.id(member)) } }
                            } else {
                                out.field("size", SuppressedCount.text(size(cluster)))
                            }
                            out.key("contexts")
                            out.array { out in for context in cluster.contexts { out.string(contexts[context]) } }
                            out.key("bridges")
                            out.array { out in for context in bridges { out.string(contexts[context]) } }
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["cluster", "size"] + (showsMembers ? ["members"] : []) + ["contexts", "bridges"])
            for (number, (cluster, bridges)) in zip(clusters, bridges).enumerated() {
                var row = [String(number + 1), SuppressedCount.text(size(cluster))]
                if showsMembers { row.append(cluster.members.map(naming.id).joined(separator: ";")) }
                row.append(cluster.contexts.map { contexts[$0] }.joined(separator: ";"))
                row.append(bridges.map { contexts[$0] }.joined(separator: ";"))
                out.row(row)
            }
            return out.bytes
        case .table:
            var text = "Peer clusters \(Wording.asOf(analysis.asOf)): young people joined by a known association "
                + "or by harm of \(NumberText.decimal(analysis.options.concern)) or more in the same place or group\n"
            if clusters.isEmpty { text += "  None.\n" }
            for (number, (cluster, bridges)) in zip(clusters, bridges).enumerated() {
                if showsMembers {
                    text += "  \(number + 1). \(cluster.members.count) young people: "
                        + cluster.members.map(naming.label).joined(separator: ", ") + "\n"
                } else {
                    text += "  \(number + 1). \(SuppressedCount.text(size(cluster))) young people\n"
                }
                text += "     joined by: "
                    + (cluster.contexts.isEmpty ? "known associations only" : cluster.contexts.map(naming.contextLabel).joined(separator: ", "))
                    + "\n"
                if !bridges.isEmpty {
                    text += "     bridges (removing one would split the cluster): "
                        + bridges.map(naming.contextLabel).joined(separator: ", ") + "\n"
                }
            }
            if audience == .public { text += "  c: from 1 to 5 young people, not shown so that no child can be identified.\n" }
            return Array(text.utf8)
        }
    }
}
