import Testing
@testable import ContextMap
@testable import ContextMapStore

/// An import gathers the rows of the tables kept in case records by young person, each
/// record the young person's rows in the order the export gave them.
@Suite struct CaseRecordGatheringTests {
    let links = CaseRecordGathering.table(of: "links.csv")!
    let columns = StoreSchema.columns(of: "links.csv")!

    func link(_ person: String, _ context: String) -> [String?] {
        columns.map { column in column == "young_person_id" ? person : column == "context_id" ? context : nil }
    }

    func records(of gathered: CaseRecordGathering, table: Int) -> [String: String] {
        var records: [String: String] = [:]
        gathered.forEachRecord(inTable: table) { person, text in
            records[gathered.people[person]] = String(decoding: text, as: UTF8.self)
        }
        return records
    }

    @Test func rowsListedTogetherMakeOneRecordEach() {
        var gathered = CaseRecordGathering()
        for (person, context) in [("Y1", "C1"), ("Y1", "C2"), ("Y2", "C1")] { gathered.add(link(person, context), table: links) }
        #expect(gathered.people == ["Y1", "Y2"])
        #expect(records(of: gathered, table: links) == ["Y1": "Y1,C1,,\nY1,C2,,\n", "Y2": "Y2,C1,,\n"])
        #expect(gathered.rowCount == 3)
    }

    @Test func aYoungPersonsRowsListedApartAreJoinedInTheOrderTheyCame() {
        var gathered = CaseRecordGathering()
        for (person, context) in [("Y1", "C2"), ("Y2", "C1"), ("Y1", "C1"), ("Y2", "C3"), ("Y1", "C3")] {
            gathered.add(link(person, context), table: links)
        }
        #expect(records(of: gathered, table: links) == ["Y1": "Y1,C2,,\nY1,C1,,\nY1,C3,,\n", "Y2": "Y2,C1,,\nY2,C3,,\n"])
    }

    @Test func aFileFarLargerThanMemoryAsksForNoMoreThanTheMachineHas() {
        // A sparse or padded export file: its size is a hint, not the rows kept from it.
        var gathered = CaseRecordGathering()
        gathered.reserveCapacity(1 << 50, table: links)
        gathered.add(link("Y1", "C1"), table: links)
        #expect(records(of: gathered, table: links) == ["Y1": "Y1,C1,,\n"])
    }

    @Test func aYoungPersonWithoutRowsInATableHasNoRecordThere() {
        var gathered = CaseRecordGathering()
        let scaling = CaseRecordGathering.table(of: "scaling.csv")!
        let scalingColumns = StoreSchema.columns(of: "scaling.csv")!
        gathered.add(link("Y1", "C1"), table: links)
        gathered.add(scalingColumns.map { $0 == "young_person_id" ? "Y2" : $0 == "date" ? "2026-01-05" : nil }, table: scaling)
        #expect(gathered.people == ["Y1", "Y2"])
        #expect(Array(records(of: gathered, table: links).keys) == ["Y1"])
        #expect(Array(records(of: gathered, table: scaling).keys) == ["Y2"])
    }
}
