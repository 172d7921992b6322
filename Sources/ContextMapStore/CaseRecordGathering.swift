import ContextMap

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

    private let personColumns = StoreSchema.chunkedFiles.map { StoreSchema.columns(of: $0)!.firstIndex(of: "young_person_id")! }

    /// The young people with rows, in the order they first appear.
    var people: [String] { (0..<slots.count).map(slots.key(at:)) }

    /// The position of `file` among the tables kept in case records, `nil` for the others.
    static func table(of file: String) -> Int? { StoreSchema.chunkedFiles.firstIndex(of: file) }

    /// Gathers one row of table `table` under its young person.
    mutating func add(_ row: some ContractCells, table: Int) {
        let (slot, isNew) = row.withCell(personColumns[table]) { slots.insert($0 ?? UnsafeRawBufferPointer(start: nil, count: 0)) }
        if isNew {
            for index in texts.indices { texts[index].append([]) }
        }
        ChunkEncoder.append(row, to: &texts[table][slot])
        rowCount += 1
    }
}
