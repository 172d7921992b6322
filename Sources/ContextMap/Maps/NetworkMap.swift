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
    /// What each young person's node shows: initials (practitioners) or the pseudonym.
    public let youngPeopleLabels: [String]
    /// In id order.
    public let contexts: [Context]
    public let links: [Link]
    public let thresholds: AnalysisOptions

    /// The map of `youngPeople` (dense indices) and every context linked to them, named for
    /// `naming`'s audience (practitioners by default).
    public init(analysis: Analysis, youngPeople: [Int], naming: PersonNaming? = nil) {
        let dataset = analysis.dataset
        let naming = naming ?? .practitioner(dataset)
        // In the order of what is shown, so that a partner's map does not give away the order of raw ids.
        let shownID = Dictionary(uniqueKeysWithValues: Set(youngPeople).map { ($0, naming.id($0)) })
        let people = shownID.keys.sorted { Figures.idPrecedes(shownID[$0]!, shownID[$1]!) }
        var links: [Link] = []
        var ofConcern: [Int: Int] = [:]
        for person in people {
            for link in dataset.links.byYoungPerson[person] {
                let context = Int(dataset.links.context[link])
                let harm = analysis.harm[link]?.harm
                let band = HarmBand(harm: harm, options: analysis.options)
                links.append(Link(youngPerson: person, context: context, youngPersonID: naming.id(person),
                                  contextID: dataset.contexts.ids[context], band: band, harm: harm))
                ofConcern[context, default: 0] += band == .concern || band == .significant ? 1 : 0
            }
        }
        contexts = ofConcern.keys.sorted { Figures.idPrecedes(dataset.contexts.ids[$0], dataset.contexts.ids[$1]) }.map { context in
            Context(context: context, id: dataset.contexts.ids[context], name: naming.contextName(context),
                    type: dataset.contexts.types[context], youngPeopleOfConcern: ofConcern[context]!)
        }
        self.youngPeople = people
        youngPeopleIDs = people.map { shownID[$0]! }
        youngPeopleLabels = people.map(naming.initials)
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
