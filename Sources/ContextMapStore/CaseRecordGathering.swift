import ContextMap
import Foundation

/// An import's rows of the tables kept in case records (links, scaling, peer links, plan
/// actions, agreed shares), gathered by young person as each record's text: work that needs
/// no store, so that it runs while the export is being checked.
///
/// Each table's rows are kept as they come, one after another in one buffer, with each
/// row's young person: a few large allocations instead of one growing array per young
/// person and table (500,000 of them for 100,000 young people), whose growth, copies and
/// freeing cost an import of that size a fifth of a second. A record's text is the young
/// person's rows in the order they came, which is one run of the buffer when the export
/// lists their rows together, as exports do.
struct CaseRecordGathering: Sendable {
    /// The young people with rows, in the order they first appear.
    private var slots = IdTable()
    /// For each table (in `StoreSchema.chunkedFiles` order), its rows' text in the order they came.
    private var text: [[UInt8]] = Array(repeating: [], count: StoreSchema.chunkedFiles.count)
    /// For each table, each row's young person (their slot).
    private var rowSlot: [[Int32]] = Array(repeating: [], count: StoreSchema.chunkedFiles.count)
    /// For each table, where each row's text ends in `text`.
    private var rowEnd: [[Int]] = Array(repeating: [], count: StoreSchema.chunkedFiles.count)
    /// The rows gathered.
    private(set) var rowCount = 0
    /// For each table, which contract columns its source has (`nil`: no rows yet): a file
    /// may leave out optional ones, whose stored values an update then keeps.
    private(set) var columnsPresent: [[Bool]?] = Array(repeating: nil, count: StoreSchema.chunkedFiles.count)

    /// The last row's young person and their slot: rows mostly come grouped by young
    /// person, and comparing a few bytes is cheaper than looking the id up.
    private var lastPerson: [UInt8] = []
    private var lastSlot: Int32 = -1

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

    /// Makes room for `bytes` of text in table `table` at once, such as the size of the file
    /// its rows come from, so that the text is not copied as it grows. A file's size is only
    /// a hint (a sparse or padded file can be far larger than the rows kept from it), and
    /// asking for more memory than the machine has stops the process: the room made is at
    /// most an eighth of the machine's memory, beyond which the text grows as it must.
    mutating func reserveCapacity(_ bytes: Int, table: Int) {
        let limit = Int(clamping: ProcessInfo.processInfo.physicalMemory / 8)
        text[table].reserveCapacity(text[table].count + min(max(bytes, 0), limit))
    }

    /// Gathers one row of table `table` under its young person.
    mutating func add(_ row: some ContractCells, table: Int) {
        row.withCell(personColumns[table]) { id in
            let id = id ?? UnsafeRawBufferPointer(start: nil, count: 0)
            guard lastSlot < 0 || !Self.bytes(lastPerson, equal: id) else { return }
            lastSlot = Int32(slots.insert(id).index)
            lastPerson.replaceSubrange(lastPerson.indices, with: id)
        }
        if columnsPresent[table] == nil { columnsPresent[table] = (0..<row.count).map(row.hasColumn) }
        ChunkEncoder.append(row, to: &text[table])
        rowSlot[table].append(lastSlot)
        rowEnd[table].append(text[table].count)
        rowCount += 1
    }

    /// Calls `body` with each young person who has rows in table `table`, in the order they
    /// first appeared, and their record's text: their rows in the order they came. The text
    /// is valid only during the call.
    func forEachRecord(inTable table: Int, _ body: (_ person: Int, _ text: UnsafeRawBufferPointer) throws -> Void) rethrows {
        let ends = rowEnd[table]
        guard !ends.isEmpty else { return }
        let rowsOfPerson = Adjacency(groups: slots.count, members: rowSlot[table])
        var scattered: [UInt8] = []
        try text[table].withUnsafeBytes { text in
            func start(of row: Int) -> Int { row == 0 ? 0 : ends[row - 1] }
            for person in 0..<slots.count {
                let rows = rowsOfPerson[person]
                guard let first = rows.first, let last = rows.last else { continue }
                if last - first == rows.count - 1 {
                    // Listed together in the export: the record is one run of the text.
                    try body(person, UnsafeRawBufferPointer(rebasing: text[start(of: first)..<ends[last]]))
                } else {
                    scattered.removeAll(keepingCapacity: true)
                    for row in rows { scattered.append(contentsOf: text[start(of: row)..<ends[row]]) }
                    try scattered.withUnsafeBytes { try body(person, $0) }
                }
            }
        }
    }
}
