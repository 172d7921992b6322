/// One cell of the grid with its harm and its Gi* figures.
public struct CellSignificance: Sendable {
    public let cell: Int
    /// The sum of current harm of concern at the located contexts in the cell.
    public let harm: Double
    /// The located contexts in the cell (outside the home).
    public let contexts: [Int]
    public let z: Double
    /// The one-sided permutation p-value the significance is decided on.
    public let p: Double
    /// esda's folded ("directed") permutation p-value, for comparison with PySAL.
    public let pFolded: Double
    /// Significant after the false-discovery-rate cut: a hot spot (z above 0) or a cold spot.
    public let isSignificant: Bool
    public var isHot: Bool { isSignificant && z > 0 }
}
