import Foundation
import Testing
@testable import ContextMap

/// Getis-Ord Gi*, checked against PySAL (`Fixtures/gistar/esda_reference.py`: an 8 × 8 grid,
/// queen contiguity, `esda.G_Local(y, w, transform="B", star=True)`, 9,999 permutations).
@Suite struct GetisOrdTests {
    struct Reference {
        var harm: [Double] = []
        var z: [Double] = []
        var p: [Double] = []
        var cut = 0.0
    }

    static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("gistar/\(name)"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").map(String.init) }
    }

    static func reference() throws -> Reference {
        var reference = Reference()
        reference.harm = try rows("cells.csv").map { Double($0[3])! }
        for row in try rows("esda.csv") {
            reference.z.append(Double(row[1])!)
            reference.p.append(Double(row[2])!)
            reference.cut = Double(row[3])!
        }
        return reference
    }

    /// libpysal's `lat2W(8, 8, rook=False)`: every cell touching by an edge or a corner.
    static let queen: [[Int]] = (0..<64).map { cell in
        let row = cell / 8, column = cell % 8
        return (-1...1).flatMap { dr in (-1...1).compactMap { dc -> Int? in
            let r = row + dr, c = column + dc
            guard (dr, dc) != (0, 0), (0..<8).contains(r), (0..<8).contains(c) else { return nil }
            return r * 8 + c
        } }
    }

    @Test func zScoresEqualPySALsToOneBillionth() throws {
        let reference = try Self.reference()
        let statistic = GetisOrdStar(values: reference.harm, neighbours: Self.queen, permutations: 0)
        for cell in 0..<64 {
            #expect(abs(statistic.z[cell] - reference.z[cell]) <= 1e-9, "cell \(cell): \(statistic.z[cell]) vs \(reference.z[cell])")
        }
    }

    @Test func permutationPValuesAgreeWithPySALsWithinMonteCarloError() throws {
        let reference = try Self.reference()
        let permutations = 9_999
        let statistic = GetisOrdStar(values: reference.harm, neighbours: Self.queen, permutations: permutations, seed: 11)
        for cell in 0..<64 {
            let p = reference.p[cell]
            // Two independent estimates of the same p: four standard errors of their difference.
            let allowed = 4 * (2 * p * (1 - p) / Double(permutations)).squareRoot() + 2 / Double(permutations + 1)
            #expect(abs(statistic.pSimulated[cell] - p) <= allowed, "cell \(cell): \(statistic.pSimulated[cell]) vs \(p)")
        }
    }

    @Test func theSameSeedGivesTheSamePValues() throws {
        let reference = try Self.reference()
        let a = GetisOrdStar(values: reference.harm, neighbours: Self.queen, permutations: 199, seed: 3)
        let b = GetisOrdStar(values: reference.harm, neighbours: Self.queen, permutations: 199, seed: 3)
        #expect(a.pSimulated == b.pSimulated)
    }

    @Test func theFalseDiscoveryCutIsEsdas() throws {
        let reference = try Self.reference()
        #expect(GetisOrdStar.falseDiscoveryCut(reference.p, alpha: 0.05) == reference.cut)
        // Nothing below its rank's bound: the Bonferroni bound.
        #expect(GetisOrdStar.falseDiscoveryCut([0.5, 0.9], alpha: 0.05) == 0.025)
    }

    @Test func aSquareGridHasQueenNeighboursAndAHexagonalGridSix() {
        let points = [(latitude: 54.0, longitude: -2.3), (latitude: 54.02, longitude: -2.26)]
        let square = CellGrid(shape: .square, size: 250, covering: points)
        let middle = (square.rows / 2) * square.columns + square.columns / 2
        #expect(square.neighbours(of: middle).count == 8)
        let hexagon = CellGrid(shape: .hexagon, size: 250, covering: points)
        let centre = (hexagon.rows / 2) * hexagon.columns + hexagon.columns / 2
        #expect(hexagon.neighbours(of: centre).count == 6)
        // Neighbourhood is mutual.
        for cell in [middle, middle + 1, middle + square.columns] {
            #expect(square.neighbours(of: cell).allSatisfy { square.neighbours(of: $0).contains(cell) })
        }
        for cell in [centre, centre + 1, centre + hexagon.columns] {
            #expect(hexagon.neighbours(of: cell).allSatisfy { hexagon.neighbours(of: $0).contains(cell) })
        }
    }

    @Test func aPointFallsInTheCellWhoseCentreIsNearest() {
        let points = [(latitude: 54.0, longitude: -2.3), (latitude: 54.02, longitude: -2.26)]
        for shape in CellGrid.Shape.allCases {
            let grid = CellGrid(shape: shape, size: 250, covering: points)
            for cell in [grid.count / 2, grid.count / 2 + 1, grid.count / 3] {
                let centre = grid.centre(of: cell)
                #expect(grid.cell(latitude: centre.latitude, longitude: centre.longitude) == cell)
            }
        }
    }

    @Test func anEmptyCellAmongEmptyCellsIsNotSignificant() {
        // Mostly zeros, with one cluster: the folded p-value of a zero cell far from it is at
        // its minimum (no permutation falls below it), the one-sided one is far from small.
        var harm = [Double](repeating: 0, count: 64)
        for cell in [0, 1, 8, 9] { harm[cell] = 10 }
        let statistic = GetisOrdStar(values: harm, neighbours: Self.queen, permutations: 199, seed: 5)
        #expect(statistic.pSimulated[63] == 1.0 / 200)
        #expect(statistic.pDirectional[63] > 0.5)
        #expect(statistic.pDirectional[0] < 0.05 && statistic.z[0] > 0)
    }
}
