import ContextMap
import Foundation

/// An import's rows of the tables kept in case records (links, scaling, peer links, plan
/// actions, agreed shares), gathered by young person as each record's text: work that needs
/// no store, so that it runs while the export is being checked.
struct CaseRecordGathering: Sendable {
    /// The young people with rows, in the order they first appear.
    private var slots = IdTable()
    /// For each table (in `StoreSchema.chunkedFiles` order), each young person's text.
    private(set) var texts: [[[UInt8]]] = Array(repeating: [], count: StoreSchema.chunkedFiles.count)
    /// The rows gathered.
    private(set) var rowCount = 0
    /// For each table, which contract columns its source has (`nil`: no rows yet): a file
    /// may leave out optional ones, whose stored values an update then keeps.
    private(set) var columnsPresent: [[Bool]?] = Array(repeating: nil, count: StoreSchema.chunkedFiles.count)

    /// The last row's young person and their slot: rows mostly come grouped by young
    /// person, and comparing a few bytes is cheaper than looking the id up.
    private var lastPerson: [UInt8] = []
    private var lastSlot = -1

    private let personColumns = StoreSchema.chunkedFiles.map { StoreSchema.columns(of: $0)!.firstIndex(of: "young_person_id")! }

    private static func bytes(_ bytes: [UInt8], equal other: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count == other.count else { return false }
        guard let start = other.baseAddress else { return true }
        return bytes.withUnsafeBytes { memcmp($0.baseAddress!, start, other.count) == 0 }
    }

    /// The young people with rows, in the order they first appear.
    var people: [String] { (0..<slots.count).map(slots.key(at:)) }

    /// The scaling rows of `export` (the dataset these rows were gathered from) in the order
    /// the store's case records hold them once written into an empty store: by young person,
    /// in the order they first appeared, each one's rows in the export's order.
    func recordOrder(ofScalingIn export: Dataset) -> [Int32] {
        let slotOfPerson = export.youngPeople.ids.map { id in Int32(slots.index(of: id) ?? slots.count) }
        let slotOfRow = export.scaling.link.map { link in slotOfPerson[Int(export.links.youngPerson[Int(link)])] }
        // Rows grouped by slot, each group's rows in ascending order: the counting sort links use.
        return Adjacency(groups: slots.count + 1, members: slotOfRow).items
    }

    /// The position of `file` among the tables kept in case records, `nil` for the others.
    static func table(of file: String) -> Int? { StoreSchema.chunkedFiles.firstIndex(of: file) }

    /// Gathers one row of table `table` under its young person.
    mutating func add(_ row: some ContractCells, table: Int) {
        row.withCell(personColumns[table]) { id in
            let id = id ?? UnsafeRawBufferPointer(start: nil, count: 0)
            guard lastSlot < 0 || !Self.bytes(lastPerson, equal: id) else { return }
            let (slot, isNew) = slots.insert(id)
            if isNew {
                for index in texts.indices { texts[index].append([]) }
            }
            lastPerson.replaceSubrange(lastPerson.indices, with: id)
            lastSlot = slot
        }
        if columnsPresent[table] == nil { columnsPresent[table] = (0..<row.count).map(row.hasColumn) }
        ChunkEncoder.append(row, to: &texts[table][lastSlot])
        rowCount += 1
    }
}
