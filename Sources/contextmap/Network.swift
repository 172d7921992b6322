import ArgumentParser
import ContextMap
import ContextMapGraphviz

struct Network: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw several young people and the contexts they share, with hotspots drawn larger.",
        discussion: "Choose a peer cluster (--cluster N, numbered as `contextmap clusters` lists them), young people by id, or everyone.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var output: MapOutputOptions
    @OptionGroup var audience: AudienceOptions

    @Option(name: .long, help: "young-people (young people and their contexts) or places (places joined through the young people they share).")
    var of: NetworkKind = .youngPeople

    @Option(name: .long, help: "With --of places: leave out contexts with more young people than this, and list them (0: no limit).")
    var hubLimit: Int = 500

    @Option(name: .long, help: "The peer cluster to draw, numbered as `contextmap clusters` lists them.")
    var cluster: Int?

    @Option(name: .long, help: "A young person to include (repeat for several).")
    var youngPerson: [String] = []

    @Option(name: .long, help: "The most nodes a drawing may have; a larger network is written as graphml, json or csv instead.")
    var maxNodes: Int = 5_000

    @Flag(name: .long, help: "For practitioners: label young people with their names, not initials.")
    var fullNames = false

    @Option(name: .long, help: "How Graphviz places the nodes (default: neato, or sfdp above 300 nodes).")
    var layout: Layout?

    func validate() throws {
        if cluster != nil, !youngPerson.isEmpty { throw ValidationError("Give --cluster or --young-person, not both.") }
    }

    func run() throws {
        if of == .places { return try runPlaces() }
        try audience.refusePublic("network", default: .partner)
        let dataset = try data.load(for: audience.resolved(default: .partner))
        let analysis = figures.analysis(of: dataset)
        let people: [Int]
        if let cluster {
            let clusters = analysis.peerClusters()
            guard (1...max(1, clusters.count)).contains(cluster), cluster <= clusters.count else {
                throw ValidationError("--cluster \(cluster) does not exist; there \(clusters.count == 1 ? "is 1 cluster" : "are \(clusters.count) clusters").")
            }
            people = clusters[cluster - 1].members
        } else {
            people = try YoungPersonSelection.resolve(youngPerson, in: dataset, orAll: analysis.youngPeopleInIDOrder)
        }
        let map = NetworkMap(analysis: analysis, youngPeople: people, naming: try audience.naming(for: dataset, default: .partner),
                             showsFullNames: fullNames)
        try refuseDrawing(nodes: map.nodeCount, of: "nodes", otherwise: "Choose --cluster N or --young-person, write --format graphml (for Gephi) or json")
        try data.recordView("network", audience: audience.resolved(default: .partner), rows: map.youngPeople.count,
                            detail: cluster.map { "cluster \($0)" } ?? YoungPersonSelection.detail(youngPerson))
        try output.write(dot: map.dot, twin: NetworkMapReport(map: map), layout: layout ?? (map.nodeCount > 300 ? .sfdp : .neato),
                         graphML: { map.graphML })
    }

    /// Stops before drawing a network too large to read: sfdp over a region runs for ages.
    private func refuseDrawing(nodes: Int, of noun: String, otherwise advice: String) throws {
        guard output.resolvedFormat.drawing != nil, output.resolvedFormat != .dot, nodes > maxNodes else { return }
        throw ValidationError("This network has \(nodes) \(noun): a drawing of more than \(maxNodes) is unreadable and slow. "
            + "\(advice), or raise --max-nodes.")
    }

    /// The place network shows places only, so every audience may see it.
    private func runPlaces() throws {
        guard cluster == nil, youngPerson.isEmpty else { throw ValidationError("--of places covers every young person; leave out --cluster and --young-person.") }
        let analysis = figures.analysis(of: try data.load(for: audience.resolved(default: .partner)))
        let report = PlaceNetworkReport(analysis: analysis, hubLimit: hubLimit > 0 ? hubLimit : nil)
        try refuseDrawing(nodes: report.network.places.count, of: "places",
                          otherwise: "Write --format graphml (for Gephi), csv or json, lower --hub-limit")
        try data.recordView("network --of places", audience: audience.resolved(default: .partner), rows: report.network.edges.count)
        try output.write(dot: report.dot, twin: report, layout: layout ?? .sfdp, graphML: { report.graphML })
    }
}

/// What a network map joins.
enum NetworkKind: String, CaseIterable, ExpressibleByArgument {
    case youngPeople = "young-people"
    case places
}
