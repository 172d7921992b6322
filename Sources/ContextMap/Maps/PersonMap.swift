/// The facts on one young person's context map: the young person at the centre and every
/// linked context with its harm, share, trend and how far the voices disagree. The drawing
/// and its text twin (for screen readers and the record) are both made from these facts.
public struct PersonMap: Sendable {
    public struct Context: Sendable {
        public let context: Int
        public let id: String
        public let name: String
        public let type: ContextType
        public let band: HarmBand
        /// `nil` when the context is linked but not scaled.
        public let harm: ContextHarm?
        public let share: Double?
        public let agreedShare: Double?
        /// The people who scaled it disagree by `MapOptions.wideSpread` or more.
        public let voicesDisagreeWidely: Bool
    }

    public let youngPerson: Int
    public let youngPersonID: String
    public let youngPersonName: String?
    public let asOf: Day?
    public let options: MapOptions
    /// The thresholds behind the bands, for the key.
    public let thresholds: AnalysisOptions
    /// Grouped by type (in `ContextType.mapOrder`), then in weighting order.
    public let contexts: [Context]

    public init(analysis: Analysis, youngPerson: Int, options: MapOptions = MapOptions()) {
        let dataset = analysis.dataset
        let weighting = analysis.weighting(of: youngPerson)
        let contexts = weighting.entries.map { entry in
            Context(
                context: entry.context, id: dataset.contexts.ids[entry.context], name: dataset.contexts.names[entry.context],
                type: dataset.contexts.types[entry.context], band: HarmBand(harm: entry.harm?.harm, options: analysis.options),
                harm: entry.harm, share: entry.share, agreedShare: entry.agreedShare,
                voicesDisagreeWidely: entry.harm.map { Figures.reaches($0.spread, options.wideSpread) } ?? false)
        }
        // A stable sort keeps the weighting order within each type.
        self.contexts = contexts.enumerated().sorted { a, b in
            let ta = ContextType.mapOrder.firstIndex(of: a.element.type)!, tb = ContextType.mapOrder.firstIndex(of: b.element.type)!
            return ta != tb ? ta < tb : a.offset < b.offset
        }.map(\.element)
        self.youngPerson = youngPerson
        youngPersonID = dataset.youngPeople.ids[youngPerson]
        youngPersonName = dataset.youngPeople.names[youngPerson]
        asOf = analysis.asOf
        self.options = options
        thresholds = analysis.options
    }
}

extension ContextType {
    /// The order types go round a map: the places and groups outside the home first, the
    /// family last, as one context among the others.
    public static let mapOrder: [ContextType] = [.peer, .school, .community, .online, .service, .family]
}
