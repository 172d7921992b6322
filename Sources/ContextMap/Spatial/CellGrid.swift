import Foundation

/// Equal-sized cells, square or hexagonal, laid over the area the points cover, for counting
/// harm by area rather than by named place. Distances come from a local flat projection,
/// which is accurate to well under a metre in a cell across a town or county.
public struct CellGrid: Sendable {
    public enum Shape: String, CaseIterable, Sendable {
        case square
        /// Rows offset by half a cell; every neighbour is the same distance away.
        case hexagon
    }

    public let shape: Shape
    /// Metres: the side of a square, or the distance between neighbouring hexagons' centres.
    public let size: Double
    public let rows: Int
    public let columns: Int
    private let originLatitude: Double, originLongitude: Double
    private let metresPerDegreeLatitude = 111_320.0
    private let metresPerDegreeLongitude: Double

    public var count: Int { rows * columns }
    private var rowHeight: Double { shape == .square ? size : size * 3.0.squareRoot() / 2 }

    /// A grid covering every point, `(latitude, longitude)`, with a cell to spare all round.
    public init(shape: Shape, size: Double, covering points: [(latitude: Double, longitude: Double)]) {
        self.shape = shape
        self.size = size
        let latitudes = points.map(\.latitude), longitudes = points.map(\.longitude)
        let middle = ((latitudes.min() ?? 0) + (latitudes.max() ?? 0)) / 2
        metresPerDegreeLongitude = 111_320.0 * cos(middle * .pi / 180)
        let height = shape == .square ? size : size * 3.0.squareRoot() / 2
        originLatitude = (latitudes.min() ?? 0) - height / 111_320.0
        originLongitude = (longitudes.min() ?? 0) - size / metresPerDegreeLongitude
        rows = Int((((latitudes.max() ?? 0) - originLatitude) * 111_320.0 / height).rounded(.down)) + 2
        columns = Int((((longitudes.max() ?? 0) - originLongitude) * metresPerDegreeLongitude / size).rounded(.down)) + 2
    }

    /// The cell a point falls in.
    public func cell(latitude: Double, longitude: Double) -> Int {
        let x = (longitude - originLongitude) * metresPerDegreeLongitude
        let y = (latitude - originLatitude) * metresPerDegreeLatitude
        let row = clampedRow(Int((y / rowHeight).rounded(.down)))
        guard shape == .hexagon else {
            return row * columns + clampedColumn(Int((x / size).rounded(.down)))
        }
        // The nearest centre among the cell the box suggests and its neighbours.
        let guess = row * columns + clampedColumn(Int((x / size - offset(row)).rounded(.down)))
        return ([guess] + neighbours(of: guess)).min { a, b in
            let ca = centreXY(a), cb = centreXY(b)
            return (ca.x - x) * (ca.x - x) + (ca.y - y) * (ca.y - y) < (cb.x - x) * (cb.x - x) + (cb.y - y) * (cb.y - y)
        }!
    }

    /// The cells that touch `cell`: 8 for a square (queen contiguity), 6 for a hexagon.
    public func neighbours(of cell: Int) -> [Int] {
        let row = cell / columns, column = cell % columns
        let steps: [(Int, Int)]
        switch shape {
        case .square:
            steps = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
        case .hexagon:
            steps = row % 2 == 0
                ? [(0, -1), (0, 1), (-1, -1), (-1, 0), (1, -1), (1, 0)]
                : [(0, -1), (0, 1), (-1, 0), (-1, 1), (1, 0), (1, 1)]
        }
        return steps.compactMap { dr, dc in
            let r = row + dr, c = column + dc
            return (0..<rows).contains(r) && (0..<columns).contains(c) ? r * columns + c : nil
        }
    }

    /// The centre of a cell, for maps.
    public func centre(of cell: Int) -> (latitude: Double, longitude: Double) {
        let (x, y) = centreXY(cell)
        return (originLatitude + y / metresPerDegreeLatitude, originLongitude + x / metresPerDegreeLongitude)
    }

    /// "r12c7": the cell's row and column.
    public func name(of cell: Int) -> String { "r\(cell / columns)c\(cell % columns)" }

    private func offset(_ row: Int) -> Double { shape == .hexagon && row % 2 == 1 ? 0.5 : 0 }

    private func centreXY(_ cell: Int) -> (x: Double, y: Double) {
        let row = cell / columns, column = cell % columns
        return ((Double(column) + 0.5 + offset(row)) * size, (Double(row) + 0.5) * rowHeight)
    }

    private func clampedRow(_ row: Int) -> Int { min(max(row, 0), rows - 1) }
    private func clampedColumn(_ column: Int) -> Int { min(max(column, 0), columns - 1) }
}
