/// A place or group outside the home where several young people are currently harmed.
public struct Hotspot: Sendable, Equatable {
    public let context: Int
    /// Distinct young people whose current harm there reaches the concern threshold.
    public let youngPeople: Int
    /// The sum of those young people's current harm there.
    public let totalHarm: Double
    public var meanHarm: Double { totalHarm / Double(youngPeople) }
}
