/// The Getis-Ord Gi* statistic of each area, with binary weights that include the area
/// itself: how much of the total lies in an area and its neighbours, as a z-score under
/// the normal approximation, and a pseudo p-value from conditional permutations.
///
/// The same definitions as PySAL's `esda.G_Local(y, w, transform="B", star=True)`,
/// checked against it in the tests: z-scores to 1e-9, p-values within Monte Carlo error.
public struct GetisOrdStar: Sendable {
    /// Gi*: the share of the total in the area and its neighbours.
    public let g: [Double]
    public let z: [Double]
    /// `(min(larger, permutations − larger) + 1) / (permutations + 1)`, where `larger` counts
    /// the permutations whose Gi* is at least the observed one (esda's "directed" p-value).
    public let pSimulated: [Double]
    /// The one-sided permutation p-value in the direction of z, counting ties against the
    /// area: `(#{Gi*sim ≥ Gi*} + 1) / (permutations + 1)` when z is above 0, `#{Gi*sim ≤ Gi*}`
    /// when below. Harm is mostly zero across a grid, and with ties esda's folded p-value
    /// calls an empty cell among empty cells significant; this one does not.
    public let pDirectional: [Double]

    /// - Parameters:
    ///   - values: the value of each area (here, the harm of concern located in it).
    ///   - neighbours: each area's neighbours, not including itself.
    ///   - permutations: how many conditional permutations for each area (0: none).
    ///   - seed: the seed of the permutations, so that a run can be repeated exactly.
    public init(values y: [Double], neighbours: [[Int]], permutations: Int = 999, seed: UInt64 = 1) {
        let n = y.count
        let total = y.reduce(0, +)
        let mean = total / Double(n)
        let variance = y.reduce(0) { $0 + $1 * $1 } / Double(n) - mean * mean
        var g = [Double](repeating: .nan, count: n), z = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            let cardinality = Double(neighbours[i].count + 1)
            g[i] = (y[i] + neighbours[i].reduce(0) { $0 + y[$1] }) / total
            let expected = cardinality / Double(n)
            let expectedVariance = cardinality * (Double(n) - cardinality) / (Double(n) - 1)
                * (1 / (Double(n) * Double(n))) * (variance / (mean * mean))
            z[i] = (g[i] - expected) / expectedVariance.squareRoot()
        }
        self.g = g
        self.z = z
        if permutations > 0 {
            (pSimulated, pDirectional) = Self.permutationPValues(y: y, g: g, z: z, neighbours: neighbours, total: total,
                                                                 permutations: permutations, seed: seed)
        } else {
            pSimulated = [Double](repeating: .nan, count: n)
            pDirectional = pSimulated
        }
    }

    /// For each area, its neighbours' values are drawn again, without replacement, from the
    /// other areas' values, its own value kept: how often is Gi* as large as observed?
    private static func permutationPValues(y: [Double], g: [Double], z: [Double], neighbours: [[Int]], total: Double,
                                           permutations: Int, seed: UInt64) -> (folded: [Double], directional: [Double]) {
        let n = y.count
        var random = SeededGenerator(seed: seed)
        var others = [Int](repeating: 0, count: n)
        var p = [Double](repeating: .nan, count: n), directional = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            let k = neighbours[i].count
            // The other areas' indices, i left out.
            for index in 0..<n { others[index] = index }
            others.swapAt(i, n - 1)
            var larger = 0, smaller = 0
            for _ in 0..<permutations {
                var sum = y[i]
                // A partial Fisher–Yates shuffle of the first n − 1 entries picks k distinct others.
                for draw in 0..<k {
                    let pick = draw + Int(random.next(below: UInt64(n - 1 - draw)))
                    others.swapAt(draw, pick)
                    sum += y[others[draw]]
                }
                if sum / total >= g[i] { larger += 1 }
                if sum / total <= g[i] { smaller += 1 }
            }
            p[i] = Double(min(larger, permutations - larger) + 1) / Double(permutations + 1)
            let extreme = z[i] > 0 ? larger : z[i] < 0 ? smaller : permutations
            directional[i] = Double(extreme + 1) / Double(permutations + 1)
        }
        return (p, directional)
    }

    /// The Benjamini–Hochberg cut for a false discovery rate of `alpha`, as esda's `fdr`:
    /// `k × alpha / m` for the largest rank `k` whose p-value is below it, else the
    /// Bonferroni bound `alpha / m`. An area is significant when its p-value is below the cut.
    public static func falseDiscoveryCut(_ pValues: [Double], alpha: Double) -> Double {
        let sorted = pValues.filter { !$0.isNaN }.sorted()
        let m = Double(sorted.count)
        for rank in stride(from: sorted.count, through: 1, by: -1) where sorted[rank - 1] < Double(rank) * alpha / m {
            return Double(rank) * alpha / m
        }
        return alpha / m
    }
}
