/// A place or group outside the home where several young people are currently harmed.
public struct Hotspot: Sendable, Equatable {
    /// The context, or for a resolved place, its first context.
    public let context: Int
    /// The resolved place (`places.csv`) this hotspot counts, if any.
    public let place: Int?
    /// The contexts counted: the one context, or every context of the place.
    public let contexts: [Int]
    /// Distinct young people whose current harm there reaches the concern threshold.
    public let youngPeople: Int
    /// The sum of those young people's current harm there (at a place, each young person's
    /// highest harm among its contexts).
    public let totalHarm: Double
    public var meanHarm: Double { totalHarm / Double(youngPeople) }

    public init(context: Int, place: Int? = nil, contexts: [Int]? = nil, youngPeople: Int, totalHarm: Double) {
        self.context = context
        self.place = place
        self.contexts = contexts ?? [context]
        self.youngPeople = youngPeople
        self.totalHarm = totalHarm
    }
}
