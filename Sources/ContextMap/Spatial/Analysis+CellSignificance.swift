extension Analysis {
    /// Getis-Ord Gi* over equal-sized cells: where harm of concern is concentrated beyond
    /// what chance spreads would give.
    ///
    /// Each link with current harm of concern at a non-family context with coordinates is a
    /// point weighted by its harm; a cell's value is the sum of its points. The grid covers
    /// every located non-family context. Cells are significant when their one-sided
    /// permutation p-value (in the direction of z, ties counted against the cell) is below the
    /// Benjamini–Hochberg cut at `falseDiscoveryRate`.
    /// - Returns: the grid and every cell, in grid order; `nil` when no context has coordinates.
    public func cellSignificance(shape: CellGrid.Shape = .square, size: Double = 250, permutations: Int = 999,
                                 seed: UInt64 = 1, falseDiscoveryRate: Double = 0.05) -> (grid: CellGrid, cells: [CellSignificance])? {
        let contexts = dataset.contexts
        let located = contexts.indices.filter {
            contexts.types[$0].isOutsideTheHome && contexts.latitudes[$0] != nil && contexts.longitudes[$0] != nil
        }
        guard !located.isEmpty else { return nil }
        let grid = CellGrid(shape: shape, size: size,
                            covering: located.map { (contexts.latitudes[$0]!, contexts.longitudes[$0]!) })
        var harm = [Double](repeating: 0, count: grid.count)
        var members = [[Int]](repeating: [], count: grid.count)
        for context in located {
            let cell = grid.cell(latitude: contexts.latitudes[context]!, longitude: contexts.longitudes[context]!)
            members[cell].append(context)
            for link in dataset.links.byContext[context] where isOfConcern(link) { harm[cell] += self.harm.harm[link] }
        }
        let statistic = GetisOrdStar(values: harm, neighbours: (0..<grid.count).map(grid.neighbours(of:)),
                                     permutations: permutations, seed: seed)
        let cut = GetisOrdStar.falseDiscoveryCut(statistic.pDirectional, alpha: falseDiscoveryRate)
        let cells = (0..<grid.count).map { cell in
            CellSignificance(cell: cell, harm: harm[cell], contexts: members[cell], z: statistic.z[cell],
                             p: statistic.pDirectional[cell], pFolded: statistic.pSimulated[cell],
                             isSignificant: statistic.pDirectional[cell] < cut)
        }
        return (grid, cells)
    }
}
