/// Choices about what a map marks.
public struct MapOptions: Sendable {
    /// A spread (highest row harm minus lowest, 0–10) at or above which a context is marked
    /// as one where the voices disagree widely.
    public var wideSpread: Double

    public init(wideSpread: Double = 4) {
        self.wideSpread = wideSpread
    }
}
