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
        var content: [UInt8] = []
        return table.rows.map { row in
            // Each cell as a marker byte and its text, so that an empty cell and "" differ.
            content.removeAll(keepingCapacity: true)
            for cell in row {
                content.append(0x1F)
                if let cell { content.append(0x76); content.append(contentsOf: cell.utf8) } else { content.append(0x2D) }
            }
            let digest = hex(SHA256.hash(data: content).prefix(16))
            let occurrence = seen[digest, default: 0]
            seen[digest] = occurrence + 1
            return "\(digest)#\(occurrence)"
        }
    }

    /// Lower-case hexadecimal, written without a string per byte.
    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
