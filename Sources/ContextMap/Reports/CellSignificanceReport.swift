/// Getis-Ord Gi* hot and cold spots over equal-sized cells: where harm of concern is
/// concentrated beyond chance. Rank by count (`hotspots`) stays the primary view; this says
/// whether a cluster of places is a statistically significant hot spot. Cells hold places,
/// never young people, so every audience sees the same.
public struct CellSignificanceReport: Report {
    public let analysis: Analysis
    public let grid: CellGrid?
    /// Cells with harm or significance, hot spots first (z descending).
    public let cells: [CellSignificance]
    public let permutations: Int
    public let falseDiscoveryRate: Double

    public init(analysis: Analysis, shape: CellGrid.Shape, size: Double, permutations: Int, seed: UInt64, falseDiscoveryRate: Double) {
        self.analysis = analysis
        self.permutations = permutations
        self.falseDiscoveryRate = falseDiscoveryRate
        let result = analysis.cellSignificance(shape: shape, size: size, permutations: permutations, seed: seed,
                                               falseDiscoveryRate: falseDiscoveryRate)
        grid = result?.grid
        cells = (result?.cells ?? []).filter { $0.harm > 0 || $0.isSignificant }.sorted { a, b in
            a.z != b.z ? a.z > b.z : a.cell < b.cell
        }
    }

    private var contexts: Contexts { analysis.dataset.contexts }

    private func kind(_ cell: CellSignificance) -> String {
        cell.isSignificant ? (cell.z > 0 ? "hot" : "cold") : ""
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        guard let grid else {
            return Array("No place or group outside the home has coordinates, so there are no cells to test.\n".utf8)
        }
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.field("grid", grid.shape.rawValue)
                out.field("cell_metres", grid.size)
                out.field("permutations", permutations)
                out.field("false_discovery_rate", falseDiscoveryRate)
                out.key("cells")
                out.array { out in
                    for cell in cells { write(cell, grid: grid, to: &out) }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["cell", "latitude", "longitude", "harm", "z", "p", "significant", "contexts"])
            for cell in cells {
                let centre = grid.centre(of: cell.cell)
                out.field(grid.name(of: cell.cell))
                out.field(centre.latitude)
                out.field(centre.longitude)
                out.field(cell.harm)
                out.field(cell.z)
                out.field(cell.p)
                out.field(kind(cell))
                out.field(cell.contexts.map { contexts.ids[$0] }.joined(separator: ";"))
                out.endRow()
            }
            return out.bytes
        case .table:
            var text = "Hot spots by area \(Wording.window(analysis)): Getis-Ord Gi* over \(NumberText.decimal(grid.size)) m "
                + "\(grid.shape.rawValue) cells of harm of concern, \(permutations) permutations, "
                + "false discovery rate \(NumberText.decimal(falseDiscoveryRate))\n"
            var table = TextTable([("Cell", .left), ("Centre", .left), ("Harm", .right), ("z", .right), ("p", .right),
                                   ("", .left), ("Places and groups", .left)])
            for cell in cells {
                let centre = grid.centre(of: cell.cell)
                table.add([grid.name(of: cell.cell), NumberText.fixed(centre.latitude, places: 5) + ", " + NumberText.fixed(centre.longitude, places: 5),
                           Wording.harm(cell.harm), NumberText.fixed(cell.z, places: 2), NumberText.fixed(cell.p, places: 4),
                           kind(cell), cell.contexts.map { contexts.names[$0] }.joined(separator: "; ")])
            }
            text += cells.isEmpty ? "  No cell has harm of concern.\n" : table.render(indent: "  ")
            text += "  hot: significantly more harm in the cell and its neighbours than chance would put there.\n"
            return Array(text.utf8)
        }
    }

    private func write(_ cell: CellSignificance, grid: CellGrid, to out: inout JSONWriter) {
        let centre = grid.centre(of: cell.cell)
        out.object { out in
            out.field("cell", grid.name(of: cell.cell))
            out.field("latitude", centre.latitude)
            out.field("longitude", centre.longitude)
            out.field("harm", cell.harm)
            out.field("z", cell.z)
            out.field("p", cell.p)
            out.field("p_esda", cell.pFolded)
            out.field("significant", kind(cell).isEmpty ? nil : kind(cell))
            out.key("contexts")
            out.array { out in for context in cell.contexts { out.string(contexts.ids[context]) } }
        }
    }
}
