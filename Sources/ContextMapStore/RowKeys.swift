import ContextMap
import Crypto

/// What makes a row the same row in a later import, so that re-importing the same or an
/// updated export updates instead of copying.
///
/// Rows with an identity in the contract are keyed by it: a young person or context by id,
/// a link by its pair, an agreed share by date and pair, a place membership by context.
/// Scaling rows, peer links and plan actions have none, so they are keyed by their content
/// and how many identical rows came before them in the same file: the same file again adds
/// nothing, a new review's rows add to the history.
enum RowKeys {
    static func keys(for table: RawTable) -> [String] {
        let column = { (name: String) in table.columns.firstIndex(of: name) }
        let identity: [Int]?
        switch table.file {
        case "young_people.csv", "contexts.csv": identity = [column("id")!]
        case "links.csv": identity = [column("young_person_id")!, column("context_id")!]
        case "agreed_weighting.csv": identity = [column("date")!, column("young_person_id")!, column("context_id")!]
        case "places.csv": identity = [column("context_id")!]
        default: identity = nil
        }
        if let identity {
            return table.rows.map { row in identity.map { row[$0] ?? "" }.joined(separator: "\u{1F}") }
        }
        var seen: [String: Int] = [:]
        return table.rows.map { row in
            let content = row.map { $0.map { "v" + $0 } ?? "-" }.joined(separator: "\u{1F}")
            let digest = SHA256.hash(data: Array(content.utf8)).map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
            let occurrence = seen[digest, default: 0]
            seen[digest] = occurrence + 1
            return "\(digest)#\(occurrence)"
        }
    }
}
