/// A place or group compared across two equal windows of time: how many young people had
/// harm of concern there in the latest window and in the one before it.
public struct EmergingHotspot: Sendable, Equatable {
    public let context: Int
    /// Distinct young people with harm of concern at a scaling date in the latest window.
    public let latest: Int
    /// The same in the window before it.
    public let previous: Int
    public var change: Int { latest - previous }
    public var isRising: Bool { latest > previous }
}
