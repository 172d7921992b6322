/// The figures of one dataset as of one date: a pure function of the dataset and the options.
///
/// `CurrentHarm` is computed once on creation; every other figure reads it.
public struct Analysis: Sendable {
    public let dataset: Dataset
    public let options: AnalysisOptions
    public let harm: CurrentHarm
    /// Agreed shares and plan actions of each young person.
    let agreedSharesByYoungPerson: Adjacency
    let planActionsByYoungPerson: Adjacency

    public init(dataset: Dataset, options: AnalysisOptions = AnalysisOptions()) {
        self.dataset = dataset
        self.options = options
        self.harm = CurrentHarm(dataset: dataset, options: options)
        let people = dataset.youngPeople.count
        agreedSharesByYoungPerson = Adjacency(groups: people, members: dataset.agreedShares.map { Int32($0.youngPerson) })
        planActionsByYoungPerson = Adjacency(groups: people, members: dataset.planActions.map { Int32($0.youngPerson) })
    }

    /// The date the figures describe.
    public var asOf: Day? { harm.asOf }

    /// Whether a link's current harm reaches the concern threshold.
    @inline(__always)
    func isOfConcern(_ link: Int) -> Bool {
        harm.isScaled(link) && Figures.reaches(harm.harm[link], options.concern)
    }

    /// Young people in id order.
    public var youngPeopleInIDOrder: [Int] {
        dataset.youngPeople.indices.sorted { Figures.idPrecedes(dataset.youngPeople.ids[$0], dataset.youngPeople.ids[$1]) }
    }
}
