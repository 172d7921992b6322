/// The facts on a network map: several young people, the contexts they are linked to, and
/// how many of the young people shown have harm of concern in each (hotspots are drawn
/// larger).
public struct NetworkMap: Sendable {
    public struct Link: Sendable {
        public let youngPerson: Int
        public let context: Int
        public let youngPersonID: String
        public let contextID: String
        public let band: HarmBand
        public let harm: Double?
    }

    public struct Context: Sendable {
        public let context: Int
        public let id: String
        public let name: String
        public let type: ContextType
        /// Young people on the map with harm of concern here.
        public let youngPeopleOfConcern: Int
    }

    public let asOf: Day?
    /// In the order of their shown ids.
    public let youngPeople: [Int]
    /// Ids (practitioners) or pseudonyms (partners), in the order of `youngPeople`.
    public let youngPeopleIDs: [String]
    /// What each young person's node shows: initials (practitioners, or full names when
    /// asked for) or the pseudonym.
    public let youngPeopleLabels: [String]
    /// In id order.
    public let contexts: [Context]
    public let links: [Link]
    public let thresholds: AnalysisOptions

    /// The map of `youngPeople` (dense indices) and every context linked to them, named for
    /// `naming`'s audience (practitioners by default).
    public init(analysis: Analysis, youngPeople: [Int], naming: PersonNaming? = nil, showsFullNames: Bool = false) {
        let dataset = analysis.dataset
        let naming = naming ?? .practitioner(dataset)
        // In the order of what is shown, so that a partner's map does not give away the order of raw ids.
        let shownID = Dictionary(uniqueKeysWithValues: Set(youngPeople).map { ($0, naming.id($0)) })
        let people = shownID.keys.sorted { Figures.idPrecedes(shownID[$0]!, shownID[$1]!) }
        // A reviewed place (places.csv) is one node: its first context stands for it, and a
        // young person linked to several of its contexts has one line, at their highest harm.
        let places = dataset.places
        func node(_ context: Int) -> Int { places.place(of: context).map { places.contexts[$0][0] } ?? context }
        func nodeID(_ context: Int) -> String { places.place(of: context).map { places.ids[$0] } ?? dataset.contexts.ids[context] }
        func nodeName(_ context: Int) -> String {
            guard dataset.contexts.types[context] != .family else { return naming.contextName(context) }
            return places.place(of: context).flatMap { places.names[$0] } ?? naming.contextName(context)
        }
        var links: [Link] = []
        var ofConcern: [Int: Int] = [:]
        for person in people {
            var byNode: [Int: Link] = [:]
            var order: [Int] = []
            for link in dataset.links.byYoungPerson[person] {
                let context = node(Int(dataset.links.context[link]))
                let harm = analysis.harm[link]?.harm
                if let existing = byNode[context], (existing.harm ?? -1) >= (harm ?? -1) { continue }
                if byNode[context] == nil { order.append(context) }
                byNode[context] = Link(youngPerson: person, context: context, youngPersonID: naming.id(person),
                                       contextID: nodeID(context), band: HarmBand(harm: harm, options: analysis.options), harm: harm)
            }
            for context in order {
                let link = byNode[context]!
                links.append(link)
                ofConcern[context, default: 0] += link.band == .concern || link.band == .significant ? 1 : 0
            }
        }
        contexts = ofConcern.keys.sorted { Figures.idPrecedes(nodeID($0), nodeID($1)) }.map { context in
            Context(context: context, id: nodeID(context), name: nodeName(context),
                    type: dataset.contexts.types[context], youngPeopleOfConcern: ofConcern[context]!)
        }
        self.youngPeople = people
        youngPeopleIDs = people.map { shownID[$0]! }
        youngPeopleLabels = people.map(showsFullNames ? naming.label : naming.initials)
        self.links = links
        asOf = analysis.asOf
        thresholds = analysis.options
    }

    public var nodeCount: Int { youngPeople.count + contexts.count }

    /// "Network of 12 young people and 30 contexts, as of 2026-03-09".
    public var title: String {
        "Network of \(youngPeople.count) young \(youngPeople.count == 1 ? "person" : "people") and \(contexts.count) "
            + "context\(contexts.count == 1 ? "" : "s"), " + (asOf.map { "as of \($0)" } ?? "no scaling yet")
    }
}
