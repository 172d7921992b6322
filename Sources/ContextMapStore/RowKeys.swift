import ContextMap

/// What makes a row the same row in a later import, so that re-importing the same or an
/// updated export updates instead of copying.
///
/// A young person or context is keyed by id, a link or a peer link by its pair, a plan action
/// by whose it is, its target and its words (so a new status is an update, kept in the
/// action's history), an agreed share by date and pair, a place membership by context.
/// Scaling rows have no key: a review's rows for one context and date replace the stored
/// rows of that context and date (see `ScalingImport`).
enum RowKeys {
    /// The identity columns of each keyed table, as positions in the contract's columns.
    static func identity(of file: String) -> [Int]? {
        guard let columns = StoreSchema.columns(of: file) else { return nil }
        let names: [String]
        switch file {
        case "young_people.csv", "contexts.csv": names = ["id"]
        case "links.csv", "peer_links.csv": names = [columns[0], columns[1]]
        case "plan_actions.csv": names = ["young_person_id", "target", "context_id", "action"]
        case "agreed_weighting.csv": names = ["date", "young_person_id", "context_id"]
        case "places.csv": names = ["context_id"]
        default: return nil
        }
        return names.map { columns.firstIndex(of: $0)! }
    }

    /// The key of `row`: its identity cells joined by the unit separator, absent cells empty.
    static func key(of row: some ContractCells, identity: [Int], into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        for (number, column) in identity.enumerated() {
            if number > 0 { key.append(0x1F) }
            row.withCell(column) { if let cell = $0 { key.append(contentsOf: cell) } }
        }
    }
}
