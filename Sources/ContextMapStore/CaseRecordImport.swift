import ContextMap
import Foundation
import GRDB

/// Writes the case records of an import's gathered rows (`CaseRecordGathering`): into an
/// empty store as they are; otherwise each young person's incoming text joined with what
/// their record held (`CaseRecordMerge`). A record whose incoming text equals the stored
/// text is left alone, so the same export again writes nothing. The rows a merge replaces
/// are kept in `replaced_rows`, with when, who and from where.
struct CaseRecordImport {
    private let db: Database
    private let history: PlanHistory
    /// Whether the store held no case records: then the rows go in as they are.
    let isFirst: Bool
    private let planIdentity = RowKeys.identity(of: "plan_actions.csv")!
    private let planStatus = StoreSchema.columns(of: "plan_actions.csv")!.firstIndex(of: "status")!
    private var replacedRows: ReplacedRowsWriter
    private var key: [UInt8] = []
    private(set) var added = 0
    private(set) var updated = 0
    private(set) var droppedVoices: [DroppedVoices] = []

    /// Stored rows replaced, and kept in `replaced_rows`.
    var replaced: Int { replacedRows.count }

    init(_ db: Database, stamp: String, who: String, source: String) throws {
        self.db = db
        replacedRows = try ReplacedRowsWriter(db, stamp: stamp, who: who, source: source)
        isFirst = try StoreSchema.chunkedFiles.allSatisfy { file in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(StoreSchema.recordTable(file)) LIMIT 1)") == 0
        }
        history = try PlanHistory(db, stamp: stamp, who: who, source: source)
    }

    /// Writes every young person's records, table by table.
    mutating func write(_ gathered: CaseRecordGathering) throws {
        let people = gathered.people
        for (table, file) in StoreSchema.chunkedFiles.enumerated() {
            try write(table, of: gathered, people: people, file: file)
        }
        if isFirst {
            added = gathered.rowCount
            try history.startAll()
        }
    }

    private mutating func write(_ index: Int, of gathered: CaseRecordGathering, people: [String], file: String) throws {
        let table = StoreSchema.recordTable(file)
        if isFirst {
            let insert = try FastStatement(db, sql: "INSERT INTO \(table) (young_person_id, rows) VALUES (?, ?)")
            try gathered.forEachRecord(inTable: index) { person, text in
                try insert.bind(people[person], at: 1)
                try insert.bind(text, at: 2)
                try insert.execute()
            }
            return
        }
        let lookup = try FastStatement(db, sql: "SELECT rows FROM \(table) WHERE young_person_id = ?")
        let upsert = try FastStatement(db, sql: "INSERT INTO \(table) (young_person_id, rows) VALUES (?, ?) "
            + "ON CONFLICT(young_person_id) DO UPDATE SET rows = excluded.rows")
        let width = StoreSchema.columns(of: file)!.count
        try gathered.forEachRecord(inTable: index) { person, text in
            try merge(text, of: people[person], into: table, file: file, width: width,
                      columnsPresent: gathered.columnsPresent[index], lookup: lookup, upsert: upsert)
        }
    }

    /// Joins a young person's incoming record text with what their record holds, and writes
    /// the result when it adds or changes a row.
    /// - Parameter width: the number of the file's contract columns.
    private mutating func merge(_ text: UnsafeRawBufferPointer, of person: String, into table: String, file: String, width: Int,
                                columnsPresent: [Bool]?, lookup: FastStatement, upsert: FastStatement) throws {
        try lookup.bind(person, at: 1)
        let stored: [UInt8]? = try lookup.step() ? lookup.text(0).map { Array($0) } : nil
        lookup.reset()
        guard stored?.elementsEqual(text) != true else { return }
        let incoming = try CaseRecordMerge.rows(of: text, width: width, record: "incoming \(file) rows of \(person)")
        let earlier = try stored.map { old in
            try old.withUnsafeBytes { (bytes) throws(UnreadableRecordError) in
                try CaseRecordMerge.rows(of: bytes, width: width, record: "\(table) record of \(person)")
            }
        }
        let merged = CaseRecordMerge.merge(stored: earlier ?? [],
                                           incoming: incoming, file: file, columnsPresent: columnsPresent)
        guard merged.added + merged.updated > 0 else { return }
        var joined: [UInt8] = []
        for row in merged.rows { ChunkEncoder.append(row, to: &joined) }
        try upsert.bind(person, at: 1)
        try upsert.bind(joined, at: 2)
        try upsert.execute()
        added += merged.added
        updated += merged.updated
        try replacedRows.keep(merged.replaced, of: file, youngPerson: person)
        droppedVoices += merged.droppedVoices.map { review, voices in
            DroppedVoices(youngPerson: review[0] ?? "", context: review[1] ?? "", date: review[2] ?? "", voices: voices)
        }
        for change in merged.statusChanges {
            RowKeys.key(of: change.row, identity: planIdentity, into: &key)
            try history.record(change.row[planStatus], key: key, isNew: change.isNew, earlier: change.earlier)
        }
    }
}
