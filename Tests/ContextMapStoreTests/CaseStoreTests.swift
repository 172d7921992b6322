import Foundation
import GRDB
import Testing
@testable import ContextMap
@testable import ContextMapStore
import TestScratch

/// The embedded store keeps what was imported, all or nothing, and gives the same figures
/// as the files it came from.
@Suite struct CaseStoreTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let borough = fixtures.appendingPathComponent("fictional-borough").path

    func freshStore() throws -> CaseStore {
        let folder = try ScratchFolder.make("store")
        return try CaseStore(path: folder.appendingPathComponent("test.sqlite").path, creatingIfMissing: true)
    }

    /// A CSV export of `files` (name → text) in a new folder; returns its path.
    func exportFolder(_ name: String, _ files: [String: String]) throws -> String {
        let folder = try ScratchFolder.make(name)
        for (file, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(file)) }
        return folder.path
    }

    @discardableResult
    func importBorough(into store: CaseStore) throws -> ImportSummary {
        try store.importTables(try RawTableReader.read(folder: Self.borough), source: "fictional-borough", who: "tester")
    }

    @Test func theFiguresFromTheStoreEqualThoseFromTheFiles() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let fromFiles = Analysis(dataset: try DatasetReader.read(from: Self.borough))
        let fromStore = Analysis(dataset: try store.dataset())
        let everyone = fromFiles.youngPeopleInIDOrder
        #expect(WeightingReport(analysis: fromStore, youngPeople: fromStore.youngPeopleInIDOrder).text(as: .json)
            == WeightingReport(analysis: fromFiles, youngPeople: everyone).text(as: .json))
        #expect(HotspotReport(analysis: fromStore).text(as: .json) == HotspotReport(analysis: fromFiles).text(as: .json))
        #expect(ClusterReport(analysis: fromStore).text(as: .json) == ClusterReport(analysis: fromFiles).text(as: .json))
        #expect(PlanReport(analysis: fromStore, youngPeople: fromStore.youngPeopleInIDOrder).text(as: .json)
            == PlanReport(analysis: fromFiles, youngPeople: everyone).text(as: .json))
    }

    @Test func aFirstImportWhoseRecordsNameSomeoneUnknownIsRefusedAndLeavesTheStoreEmpty() throws {
        // A first import leaves SQLite's look-up of each record's young person to the check.
        let store = try freshStore()
        var tables = try RawTableReader.read(folder: Self.borough)
        let links = tables.firstIndex { $0.file == "links.csv" }!
        tables[links].rows.append(tables[links].columns.map { $0 == "young_person_id" ? "NOBODY" : $0 == "context_id" ? "C01" : nil })
        #expect(throws: DatasetError.self) { try store.importTables(tables, source: "bad", who: "tester") }
        #expect(try store.database.read(CaseStore.holdsNothing))
        #expect(try store.isIntact())
    }

    @Test func afterAFirstImportSQLiteChecksReferencesAgain() throws {
        let store = try freshStore()
        try importBorough(into: store)
        #expect(try store.database.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") } == 1)
        #expect(throws: DatabaseError.self) {
            try store.database.write { db in
                try db.execute(sql: "INSERT INTO case_links (young_person_id, rows) VALUES ('NOBODY', 'NOBODY,C01,,' || char(10))")
            }
        }
    }

    @Test func writesMadeWithoutSQLitesLookUpsAreRefusedWhenTheyReferToSomeoneUnknown() throws {
        let store = try freshStore()
        try importBorough(into: store)
        try store.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction {
                try CaseStore.checkReferences(db)  // the fixture itself is sound
                try db.execute(sql: "INSERT INTO case_links (young_person_id, rows) VALUES ('NOBODY', 'NOBODY,C01,,' || char(10))")
                #expect(throws: DatabaseError.self) { try CaseStore.checkReferences(db) }
                return .rollback
            }
        }
    }

    @Test func importingTheSameExportAgainChangesNothing() throws {
        let store = try freshStore()
        let first = try importBorough(into: store)
        let before = try store.tables()
        let second = try importBorough(into: store)
        #expect(first.added > 100 && first.updated == 0)
        #expect(second == ImportSummary(added: 0, updated: 0))
        #expect(try store.tables() == before)
    }

    @Test func oneBadRowAndTheStoreIsExactlyAsItWas() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let before = try store.tables()
        let bad = RawTable(file: "scaling.csv", columns: RawTable.contractFiles.first { $0.file == "scaling.csv" }!.columns,
                           rows: [["2026-06-01", "YP01", "NO-SUCH-CONTEXT", "young_person", "5", nil, nil, nil]])
        #expect(throws: DatasetError.self) { try store.importTables([bad], source: "bad", who: "tester") }
        #expect(try store.tables() == before)
        #expect(try store.auditTrail().count == 1)  // the failed import left no trace but its error
        #expect(try store.isIntact())
    }

    @Test func aLaterReviewAddsToTheHistoryAndEarlierViewsStayAnswerable() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let earlier = Analysis(dataset: try store.dataset())
        let columns = RawTable.contractFiles.first { $0.file == "scaling.csv" }!.columns
        let review = RawTable(file: "scaling.csv", columns: columns, rows: [
            ["2026-07-01", "YP03", "C11", "young_person", "9", nil, "risk", "new review"],
        ])
        let summary = try store.importTables([review], source: "review", who: "tester")
        #expect(summary == ImportSummary(added: 1, updated: 0))
        let later = Analysis(dataset: try store.dataset())
        #expect(later.asOf == Day("2026-07-01"))
        let asBefore = Analysis(dataset: try store.dataset(), options: AnalysisOptions(asOf: earlier.asOf))
        #expect(HotspotReport(analysis: asBefore).text(as: .json) == HotspotReport(analysis: earlier).text(as: .json))
    }

    @Test func anUpdatedValueIsAnUpdateNotACopy() throws {
        let store = try freshStore()
        try importBorough(into: store)
        var contexts = try #require(try store.tables().first { $0.file == "contexts.csv" })
        let earlier = contexts.rows[0]
        contexts.rows = [earlier]
        contexts.rows[0][1] = "Renamed place"
        let summary = try store.importTables([contexts], source: "rename", who: "tester")
        #expect(summary == ImportSummary(added: 0, updated: 1, replaced: 1))
        #expect(try store.dataset().contexts.names.contains("Renamed place"))
        // The name it had is kept, under no young person.
        #expect(try store.replacedRows().map { [$0.table, $0.youngPerson] } == [["contexts", nil]])
        #expect(try store.replacedRows().map(\.values) == [earlier])
    }

    @Test func everyImportIsInTheAuditTrail() throws {
        let store = try freshStore()
        try importBorough(into: store)
        try store.recordView(who: "analyst", action: "hotspots", audience: "partner", rows: 4)
        let trail = try store.auditTrail()
        #expect(trail.map(\.action) == ["import", "hotspots"])
        #expect(trail[0].who == "tester" && trail[1].audience == "partner" && trail[1].rows == 4)
    }

    @Test func aCorrectedScoreReplacesItsReviewInsteadOfAddingARow() throws {
        let store = try freshStore()
        try importBorough(into: store)
        var scaling = try #require(try store.tables().first { $0.file == "scaling.csv" })
        let before = scaling.rows.count
        // Every row of YP01's review of C01 on 2026-01-12, the young person's score corrected.
        scaling.rows = scaling.rows.filter { $0[0] == "2026-01-12" && $0[1] == "YP01" && $0[2] == "C01" }
        let young = try #require(scaling.rows.firstIndex { $0[3] == "young_person" })
        scaling.rows[young][4] = "9"
        let summary = try store.importTables([scaling], source: "correction", who: "tester")
        #expect(summary == ImportSummary(added: 0, updated: scaling.rows.count, replaced: scaling.rows.count))
        let after = try #require(try store.tables().first { $0.file == "scaling.csv" })
        #expect(after.rows.count == before)
        #expect(after.rows.contains { $0[0] == "2026-01-12" && $0[1] == "YP01" && $0[2] == "C01" && $0[3] == "young_person" && $0[4] == "9" })
        #expect(!after.rows.contains { $0[0] == "2026-01-12" && $0[1] == "YP01" && $0[2] == "C01" && $0[3] == "young_person" && $0[4] == "4" })
    }

    @Test func aCorrectedAgreedWeightingReplacesTheOneItCorrects() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let columns = try #require(RawTable.contractFiles.first { $0.file == "agreed_weighting.csv" }).columns
        // The conference of 2026-01-12 agreed C01 30, C11 70; the chair corrects it to C01 30, C05 70.
        let corrected = RawTable(file: "agreed_weighting.csv", columns: columns, rows: [
            ["2026-01-12", "YP01", "C01", "30", "Initial conference"],
            ["2026-01-12", "YP01", "C05", "70", "Initial conference"],
        ])
        #expect(try store.importTables([corrected], source: "correction", who: "chair") == ImportSummary(added: 0, updated: 2, replaced: 2))
        let shares = try #require(try store.tables().first { $0.file == "agreed_weighting.csv" }).rows
        #expect(shares.filter { $0[0] == "2026-01-12" && $0[1] == "YP01" }.map { [$0[2], $0[3]] } == [["C01", "30"], ["C05", "70"]])
        #expect(shares.filter { $0[0] == "2026-05-11" && $0[1] == "YP01" }.count == 4)  // the later conference is untouched
        #expect(try store.importTables([corrected], source: "again", who: "chair") == ImportSummary(added: 0, updated: 0))
    }

    @Test func anExportThatRepeatsAKeyIsStoredAsItIsAndReadAsTheFilesAre() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let links = try #require(try store.tables().first { $0.file == "links.csv" })
        let plan = try #require(try store.tables().first { $0.file == "plan_actions.csv" })
        // YP01's link to C01 given twice (the files keep the first), and one plan action twice.
        var repeated = links
        repeated.rows = links.rows.filter { $0[0] == "YP01" && $0[1] == "C01" }
        repeated.rows.append(["YP01", "C01", "member again", nil])
        var twice = plan
        twice.rows = [plan.rows[0], plan.rows[0]]
        let summary = try store.importTables([repeated, twice], source: "repeats", who: "tester")
        #expect(summary == ImportSummary(added: 2, updated: 0))
        let dataset = try store.dataset()
        let stored = try store.tables()
        #expect(stored.first { $0.file == "plan_actions.csv" }!.rows.count == plan.rows.count + 1)
        #expect(dataset.planActions.count == plan.rows.count + 1)
        let link = stored.first { $0.file == "links.csv" }!.rows.filter { $0[0] == "YP01" && $0[1] == "C01" }
        #expect(link.map { $0[2] } == ["lives", "member again"])
        #expect(dataset.warnings.kept.contains { $0.description.contains("the first row is kept") })
        #expect(try store.importTables([repeated, twice], source: "again", who: "tester") == ImportSummary(added: 0, updated: 0))
    }

    @Test func aPlanActionsNewStatusIsAnUpdateAndItsHistoryIsKept() throws {
        let store = try freshStore()
        try importBorough(into: store)
        var plan = try #require(try store.tables().first { $0.file == "plan_actions.csv" })
        let columns = plan.columns
        plan.rows = [try #require(plan.rows.first { $0[columns.firstIndex(of: "status")!] == "planned" })]
        let cell = { (name: String) in plan.rows[0][columns.firstIndex(of: name)!] }
        let history = {
            try store.statusHistory(youngPerson: cell("young_person_id")!, target: cell("target")!, context: cell("context_id"), action: cell("action")!)
        }
        plan.rows[0][columns.firstIndex(of: "status")!] = "in_progress"
        #expect(try store.importTables([plan], source: "review", who: "chair") == ImportSummary(added: 0, updated: 1, replaced: 1))
        #expect(try history().map(\.status) == ["planned", "in_progress"])
        #expect(try history().map(\.who) == ["tester", "chair"])
        #expect(try store.importTables([plan], source: "review", who: "chair") == ImportSummary(added: 0, updated: 0))
        #expect(try history().count == 2)
    }

    @Test func aFirstImportStartsEveryPlanActionsHistoryWithOneRowNotOneEach() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let plan = try #require(try store.tables().first { $0.file == "plan_actions.csv" })
        #expect(plan.rows.count > 1)
        let cell = { (row: [String?], name: String) in row[plan.columns.firstIndex(of: name)!] }
        for row in plan.rows {
            let history = try store.statusHistory(youngPerson: cell(row, "young_person_id")!, target: cell(row, "target")!,
                                                  context: cell(row, "context_id"), action: cell(row, "action")!)
            #expect(history.map(\.status) == [cell(row, "status")])
            #expect(history.map(\.who) == ["tester"])
            if cell(row, "context_id") == nil {  // an empty context is absent, as in the contract
                #expect(try store.statusHistory(youngPerson: cell(row, "young_person_id")!, target: cell(row, "target")!,
                                                context: "", action: cell(row, "action")!).map(\.status) == [cell(row, "status")])
            }
        }
        let rows = try DatabaseQueue(path: store.path).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_action_history"), try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_history_start"))
        }
        #expect(rows.0 == 0 && rows.1 == 1)
        #expect(try store.statusHistory(youngPerson: "YP01", target: "context", context: "C01", action: "No such action").isEmpty)
    }

    @Test func removingAYoungPersonTakesEveryRowAboutThemOnlyWhenConfirmed() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let before = try store.tables()
        let counted = try store.remove(.youngPerson("YP01"), who: "tester", confirmed: false)
        #expect(counted.contains { $0.table == "young_people" && $0.rows == 1 })
        #expect(counted.contains { $0.table == "peer_links" && $0.rows >= 1 })
        #expect(try store.tables() == before)
        // Listing what would go shows the young person's records: a view, in the audit trail.
        #expect(try store.auditTrail(AuditFilter(youngPerson: "YP01")).last?.action == "remove (listed)")
        _ = try store.remove(.youngPerson("YP01"), who: "tester", confirmed: true)
        let after = try store.dataset()
        #expect(after.youngPeople.index.index(of: "YP01") == nil)
        #expect(try store.tables().allSatisfy { table in table.rows.allSatisfy { !$0.contains("YP01") } })
        #expect(try store.auditTrail().last?.action == "remove")
        #expect(throws: NotInStoreError.self) { try store.remove(.youngPerson("YP01"), who: "tester", confirmed: true) }
    }

    @Test func removingAContextThatAnAgreedWeightingNeedsIsRefused() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let before = try store.tables()
        #expect(throws: DatasetError.self) { try store.remove(.context("C11"), who: "tester", confirmed: true) }
        #expect(try store.tables() == before)
    }

    @Test func aStoreMadeByTheFirstSchemaIsMigratedWithItsRowsKept() throws {
        let folder = try ScratchFolder.make("store-v1")
        let path = folder.appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: "v1: contract tables and the audit trail")
        try old.write { db in
            try db.execute(sql: "INSERT INTO young_people (row_key, id) VALUES ('YP1', 'YP1')")
            try db.execute(sql: "INSERT INTO contexts (row_key, id, name, type) VALUES ('C1', 'C1', 'Park', 'community')")
            try db.execute(sql: "INSERT INTO links (row_key, young_person_id, context_id) VALUES ('YP1' || char(31) || 'C1', 'YP1', 'C1')")
            for (key, score) in [("aa#0", "3"), ("bb#0", "6")] {
                try db.execute(sql: "INSERT INTO scaling (row_key, date, young_person_id, context_id, respondent_role, score) VALUES (?, '2026-01-05', 'YP1', 'C1', 'young_person', ?)",
                               arguments: [key, score])
            }
            try db.execute(sql: "INSERT INTO plan_actions (row_key, young_person_id, target, context_id, action, status) VALUES ('cc#0', 'YP1', 'context', 'C1', 'Youth work', 'planned')")
        }
        try old.close()
        let store = try CaseStore(path: path)
        let dataset = try store.dataset()
        #expect(dataset.scaling.count == 2)
        #expect(try store.statusHistory(youngPerson: "YP1", target: "context", context: "C1", action: "Youth work").map(\.status) == ["planned"])
        #expect(try store.isIntact())
    }

    @Test func anExportThatLeavesOutOptionalColumnsKeepsWhatTheStoreHoldsThere() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let partial = try exportFolder("partial-export", [
            "young_people.csv": "id,name\nYP05,Leah M.\n",
            "contexts.csv": "id,name,type\nC08,Brackenford Academy,school\nC11,Millbrook Park,community\n",
            "links.csv": "young_person_id,context_id,relationship\nYP05,C08,member\n",
            // The first review as stored, less its respondents: unchanged. The second differs:
            // it is replaced by what the export says of it, its voices keeping their
            // respondents, which the export leaves out.
            "scaling.csv": "date,young_person_id,context_id,respondent_role,score\n"
                + "2026-01-12,YP05,C11,young_person,7\n2026-01-12,YP05,C11,partner_agency,5\n2026-05-11,YP05,C08,young_person,9\n",
        ])
        let (summary, _) = try store.importFolder(partial, who: "tester")
        #expect(summary.updated == 3)  // YP05's name, the link's relationship and the review of C08; C08 is unchanged
        let tables = try store.tables()
        func row(_ file: String, _ id: String) -> [String?]? { tables.first { $0.file == file }?.rows.first { $0.contains(id) } }
        #expect(row("young_people.csv", "YP05") == ["YP05", "Leah M.", "2010-12-09", "roth", "11A;19B", "Grace Obi"])
        #expect(row("contexts.csv", "C08") == ["C08", "Brackenford Academy", "school", "Quarry Lane", "XB2 6TN", nil, nil])
        let link = tables.first { $0.file == "links.csv" }?.rows.first { $0[0] == "YP05" && $0[1] == "C08" }
        #expect(link == ["YP05", "C08", "member", "2021-09-01"])
        let scaling = tables.first { $0.file == "scaling.csv" }?.rows.filter { $0[1] == "YP05" } ?? []
        #expect(scaling.filter { $0[0] == "2026-01-12" && $0[2] == "C11" }.map { $0[5] } == ["Leah", "Youth worker"])
        #expect(scaling.filter { $0[0] == "2026-05-11" && $0[2] == "C08" }.map { [$0[3], $0[5], $0[4]] } == [["young_person", "Leah", "9"]])
        // What a load reads (each row's stored line) says the same as the columns.
        let dataset = try store.dataset()
        #expect(dataset.youngPeople.names[dataset.youngPeople.index(of: "YP05")!] == "Leah M.")
        #expect(dataset.youngPeople.allocatedWorkers[dataset.youngPeople.index(of: "YP05")!] == "Grace Obi")
    }

    @Test func theAuditTrailFindsEveryViewOfOneYoungPersonByTheirWholeId() throws {
        let store = try freshStore()
        for (who, action, detail) in [("Priya Lang", "weigh", "YP03 YP01"), ("Chair", "page", "GET /young-people/YP03/conference"),
                                      ("Chair", "page", "GET /young-people/YP031"), ("Analyst", "hotspots", "json"),
                                      ("Data officer", "export", "out/"), ("Grace Obi", "plan", nil), ("Grace Obi", "plan", "YP01")] {
            try store.recordView(who: who, action: action, audience: "practitioner", rows: 1, detail: detail)
        }
        // Views of everyone's records count too: the export, and a plan of every young person.
        #expect(try store.auditTrail(AuditFilter(youngPerson: "YP03")).map(\.who) == ["Priya Lang", "Chair", "Data officer", "Grace Obi"])
        #expect(try store.auditTrail(AuditFilter(youngPerson: "YP0")).map(\.action) == ["export", "plan"])
        #expect(try store.auditTrail(AuditFilter(who: "Chair", last: 1)).map(\.detail) == ["GET /young-people/YP031"])
    }

    /// An import writes its pages once, through a rollback journal, only when its connection
    /// is the only one on the file: opening a store must leave no other connection open.
    @Test func aStoreJustOpenedHasTheFileToItselfSoAnImportWritesItsPagesOnce() throws {
        let path: String
        do {
            let store = try freshStore()
            try importBorough(into: store)
            path = store.path
        }
        for _ in 0..<2 {
            let store = try CaseStore(path: path)
            let mode = try store.writingPagesOnce {
                try store.database.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            }
            #expect(mode == "delete")
            #expect(try store.database.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        }
    }

    @Test func aMissingOrEmptyFileIsNotMadeIntoAStoreExceptToFillIt() throws {
        let folder = try ScratchFolder.make("store-missing")
        let missing = folder.appendingPathComponent("typo.sqlite").path
        #expect { try CaseStore(path: missing) } throws: { error in
            (error as? StoreError)?.reason == "there is no store there"
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let empty = folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect { try CaseStore(path: empty) } throws: { error in
            (error as? StoreError)?.reason.contains("the file is empty") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["empty.sqlite"])
        #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int == 0)
        let made = try CaseStore(path: missing, creatingIfMissing: true)
        try importBorough(into: made)
        #expect(try CaseStore(path: missing).dataset().youngPeople.count == 12)
    }

    @Test func aFolderIsNotAStore() throws {
        let folder = try ScratchFolder.make("store-folder")
        #expect { try CaseStore(path: folder.path, creatingIfMissing: true) } throws: { error in
            (error as? StoreError)?.reason == "it is a folder, not a store file"
        }
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws {
        let folder = try ScratchFolder.make("store-foreign")
        let path = folder.appendingPathComponent("patients.db").path
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)")
            try db.execute(sql: "INSERT INTO patients (name) VALUES ('A fictional patient')")
        }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for creating in [false, true] {
            #expect { try CaseStore(path: path, creatingIfMissing: creating) } throws: { error in
                (error as? StoreError)?.reason.contains("not a ContextMap store") == true
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aStoreMadeByANewerVersionIsLeftAlone() throws {
        let store = try freshStore()
        try importBorough(into: store)
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from a later version')")
        }
        #expect {
            try CaseStore(path: store.path)
        } throws: { error in
            (error as? StoreError)?.description.contains("made by a newer version of ContextMap") == true
        }
    }

    @Test func aFullDiskStopsTheImportWithAClearErrorAndChangesNothing() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let before = try store.tables()
        // The same file allowed to grow by two pages only: SQLite answers as on a full disk.
        let full = try CaseStore(path: store.path, pageLimit: try store.pageCount() + 2)
        let columns = RawTable.contractFiles.first { $0.file == "scaling.csv" }!.columns
        let comment = String(repeating: "A long note from the review. ", count: 40)
        let review = RawTable(file: "scaling.csv", columns: columns, rows: (0..<100).map { _ in
            ["2026-08-01", "YP01", "C11", "partner_agency", "5", "Youth Service", nil, comment]
        })
        #expect {
            try full.importTables([review], source: "review", who: "tester")
        } throws: { error in
            (error as? StoreError)?.description.contains("the disk is full") == true
        }
        #expect(try store.tables() == before)
        #expect(try store.isIntact())
    }

    /// One partner's export of a review, with only its own corrected score: the review is
    /// replaced (a correction is an update), the voices it leaves out are named, and the rows
    /// the store held are kept, to be read back and imported again.
    @Test func aReviewReplacedWithoutSomeVoicesKeepsTheirRowsAndNamesThem() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let original = try #require(try store.tables().first { $0.file == "scaling.csv" })
        let review = original.rows.filter { $0[0] == "2026-05-11" && $0[1] == "YP03" && $0[2] == "C14" }
        #expect(review.map { $0[3] } == ["young_person", "parent_carer", "partner_agency"])
        var police = try #require(review.last)
        police[4] = "3"
        let partial = RawTable(file: "scaling.csv", columns: original.columns, rows: [police])
        let summary = try store.importTables([partial], source: "police-export", who: "analyst")
        #expect(summary.replaced == 3)
        #expect(summary.droppedVoices == [DroppedVoices(youngPerson: "YP03", context: "C14", date: "2026-05-11",
                                                        voices: ["young_person", "parent_carer"])])
        let kept = try store.replacedRows(of: "YP03")
        #expect(kept.map(\.values) == review)
        #expect(kept.allSatisfy { $0.who == "analyst" && $0.source == "police-export" && $0.table == "scaling" })
        #expect(try store.replacedRows(of: "YP01").isEmpty)
        // The full review imported again puts every voice back, and keeps the partner's row.
        let restore = RawTable(file: "scaling.csv", columns: original.columns, rows: review)
        #expect(try store.importTables([restore], source: "restore", who: "analyst").droppedVoices.isEmpty)
        #expect(try store.tables().first { $0.file == "scaling.csv" }?.rows.sorted { "\($0)" < "\($1)" } == original.rows.sorted { "\($0)" < "\($1)" })
        #expect(try store.replacedRows(of: "YP03").map(\.values) == review + [police])
    }

    /// A voice is lost when a role has fewer rows than before; a respondent newly named or
    /// renamed is not a lost voice, and an export without respondents still counts them.
    @Test func aReviewLosesAVoiceWhenARoleHasFewerRowsNotWhenANameChanges() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let folder = try ScratchFolder.make("voices")
        func importReview(_ scaling: String) throws -> [String] {
            let files = [
                "young_people.csv": "id,name\nYP03,T.R.\n",
                "contexts.csv": "id,name,type\nC14,Hawthorn Estate stairwells,community\n",
                "links.csv": "young_person_id,context_id\nYP03,C14\n",
                "scaling.csv": scaling,
            ]
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
            return try store.importFolder(folder.path, who: "tester").summary.droppedVoices.flatMap(\.voices)
        }
        let named = "date,young_person_id,context_id,respondent_role,respondent,score\n"
        let whole = named + "2026-05-11,YP03,C14,young_person,T.R.,9\n2026-05-11,YP03,C14,parent_carer,Dad,5\n"
            + "2026-05-11,YP03,C14,partner_agency,Police,2\n2026-05-11,YP03,C14,partner_agency,CAMHS,4\n"
        #expect(try importReview(whole) == [])
        #expect(try importReview(named + "2026-05-11,YP03,C14,young_person,T.R.,9\n2026-05-11,YP03,C14,partner_agency,police,3\n")
                == ["parent_carer", "partner_agency (CAMHS)"])
        #expect(try importReview(whole) == [])
        let unnamed = "date,young_person_id,context_id,respondent_role,score\n"
        #expect(try importReview(unnamed + "2026-05-11,YP03,C14,young_person,9\n2026-05-11,YP03,C14,partner_agency,3\n")
                == ["parent_carer", "partner_agency (1 of 2)"])
        // The same two voices, now named: a correction, not a loss.
        #expect(try importReview(named + "2026-05-11,YP03,C14,young_person,T.R.,9\n2026-05-11,YP03,C14,partner_agency,Police,3\n") == [])
    }

    /// An export without respondents or comments that corrects one score: every voice of
    /// the review keeps its respondent and comment, the corrected one included.
    @Test func aReviewCorrectedByAnExportWithoutOptionalColumnsKeepsTheirCells() throws {
        let store = try freshStore()
        try importBorough(into: store)
        let folder = try ScratchFolder.make("no-respondents")
        let files = [
            "young_people.csv": "id,name\nYP03,T.R.\n",
            "contexts.csv": "id,name,type\nC14,Hawthorn Estate stairwells,community\n",
            "links.csv": "young_person_id,context_id\nYP03,C14\n",
            "scaling.csv": "date,young_person_id,context_id,respondent_role,score\n"
                + "2026-05-11,YP03,C14,young_person,9\n2026-05-11,YP03,C14,parent_carer,5\n2026-05-11,YP03,C14,partner_agency,3\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let before = try #require(try store.tables().first { $0.file == "scaling.csv" }).rows
            .filter { $0[0] == "2026-05-11" && $0[1] == "YP03" && $0[2] == "C14" }
        #expect(try store.importFolder(folder.path, who: "tester").summary.droppedVoices.isEmpty)
        let after = try #require(try store.tables().first { $0.file == "scaling.csv" }).rows
            .filter { $0[0] == "2026-05-11" && $0[1] == "YP03" && $0[2] == "C14" }
        // Columns: date, young person, context, role, score, respondent, scale, comment.
        #expect(after.map { [$0[3], $0[5], $0[7]] } == before.map { [$0[3], $0[5], $0[7]] })
        #expect(after.map { $0[4] } == ["9", "5", "3"])
        #expect(before.map { $0[5] } == ["T.R.", "Dad", "Police"])
    }

    @Test func aCorrectedLinkKeepsItsEarlierValuesAndTheSameExportAgainKeepsNothingMore() throws {
        let store = try freshStore()
        try importBorough(into: store)
        var links = try #require(try store.tables().first { $0.file == "links.csv" })
        let earlier = links.rows[0]
        links.rows = [earlier]
        let note = try #require(links.columns.firstIndex { $0 != "young_person_id" && $0 != "context_id" })
        links.rows[0][note] = "corrected"
        #expect(try store.importTables([links], source: "fix", who: "tester").replaced == 1)
        #expect(try store.importTables([links], source: "fix", who: "tester").replaced == 0)
        #expect(try store.replacedRows().map(\.values) == [earlier])
    }

    @Test func removingAYoungPersonTakesTheRowsImportsReplacedToo() throws {
        let store = try freshStore()
        try importBorough(into: store)
        var scaling = try #require(try store.tables().first { $0.file == "scaling.csv" })
        scaling.rows = scaling.rows.filter { $0[1] == "YP03" && $0[0] == "2026-05-11" && $0[2] == "C14" && $0[3] == "young_person" }
        scaling.rows[0][4] = "8"
        var people = try #require(try store.tables().first { $0.file == "young_people.csv" })
        people.rows = people.rows.filter { $0[0] == "YP03" || $0[0] == "YP01" }
        people.rows = people.rows.map { row in var row = row; row[1] = "Corrected name"; return row }
        try store.importTables([people, scaling], source: "fix", who: "tester")
        #expect(try store.replacedRows(of: "YP03").map(\.table) == ["young_people", "scaling", "scaling", "scaling"])
        let removed = try store.remove(.youngPerson("YP03"), who: "tester", confirmed: true)
        #expect(removed.contains { $0.table == "replaced_rows" && $0.rows == 4 })
        #expect(try store.replacedRows().map { [$0.table, $0.youngPerson] } == [["young_people", "YP01"]])
    }

    @Test func removingAContextLeavesAYoungPersonWithTheSameIdAlone() throws {
        let store = try freshStore()
        let table = { (file: String, rows: [[String?]]) in
            RawTable(file: file, columns: RawTable.contractFiles.first { $0.file == file }!.columns, rows: rows)
        }
        try store.importTables([
            table("young_people.csv", [["X1", nil, nil, nil, nil, nil], ["X2", nil, nil, nil, nil, nil]]),
            table("contexts.csv", [["X1", "Bus station", "community", nil, nil, nil, nil], ["C2", "Park", "community", nil, nil, nil, nil]]),
            table("links.csv", [["X1", "X1", nil, nil], ["X2", "C2", nil, nil]]),
            table("scaling.csv", [["2026-03-01", "X1", "X1", "young_person", "4", nil, nil, nil]]),
            table("peer_links.csv", [["X2", "X1", "friends", nil]]),
        ], source: "small", who: "tester")
        // Each corrected once, so that each has an earlier row kept.
        try store.importTables([
            table("young_people.csv", [["X1", "Renamed", nil, nil, nil, nil]]),
            table("contexts.csv", [["X1", "Bus garage", "community", nil, nil, nil, nil]]),
            table("scaling.csv", [["2026-03-01", "X1", "X1", "young_person", "5", nil, nil, nil]]),
            table("peer_links.csv", [["X2", "X1", "cousins", nil]]),
        ], source: "corrections", who: "tester")
        #expect(try store.replacedRows().count == 4)
        _ = try store.remove(.context("X1"), who: "tester", confirmed: true)
        #expect(try store.replacedRows().map { [$0.table, $0.youngPerson] } == [["young_people", "X1"], ["peer_links", "X2"]])
        let after = try store.tables()
        #expect(after.first { $0.file == "peer_links.csv" }?.rows == [["X2", "X1", "cousins", nil]])
        #expect(after.first { $0.file == "young_people.csv" }?.rows.count == 2)
        #expect(after.first { $0.file == "scaling.csv" }?.rows.isEmpty == true)
        // The young person X1 goes with their own earlier row and the peer link naming them.
        _ = try store.remove(.youngPerson("X1"), who: "tester", confirmed: true)
        #expect(try store.replacedRows().isEmpty)
    }

    @Test func anExportImportedIntoANewStoreIsExportedAgainRowForRow() throws {
        let store = try freshStore()
        let table = { (file: String, rows: [[String?]]) in
            RawTable(file: file, columns: RawTable.contractFiles.first { $0.file == file }!.columns, rows: rows)
        }
        let people = table("young_people.csv", [["Y1", nil, nil, nil, nil, nil], ["Y2", nil, nil, nil, nil, nil]])
        let park = table("contexts.csv", [["P1", "Park", "community", nil, nil, nil, nil]])
        // Y2 is scaled first; Y1, listed first, only by a later import.
        try store.importTables([people, park, table("links.csv", [["Y1", "P1", nil, nil], ["Y2", "P1", nil, nil]]),
                                table("scaling.csv", [["2026-01-05", "Y2", "P1", "young_person", "4", nil, nil, nil]])],
                               source: "first", who: "tester")
        try store.importTables([table("scaling.csv", [["2026-02-05", "Y1", "P1", "young_person", "6", nil, nil, nil]])],
                               source: "second", who: "tester")
        let exported = try store.tables()
        let again = try freshStore()
        try again.importTables(exported, source: "export", who: "tester")
        #expect(try again.tables().map(\.rows) == exported.map(\.rows))
        #expect(exported.first { $0.file == "scaling.csv" }?.rows.map { $0[1] } == ["Y1", "Y2"])
    }

    @Test func aCaseRecordChangedOutsideContextMapIsNamedNotCutShort() throws {
        let store = try freshStore()
        try importBorough(into: store)
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_links SET rows = 'YP01,C01,,' || char(0) || char(10) || 'YP01,C02,,' || char(10) WHERE young_person_id = 'YP01'")
        }
        let before = try store.database.read { db in try Data.fetchOne(db, sql: "SELECT rows FROM case_links WHERE young_person_id = 'YP01'") }
        // An export names the record; a removal is stopped before by its check of the store.
        #expect {
            try store.tables()
        } throws: { error in
            "\(error)".contains("the store's case_links record of YP01 cannot be read, at its line 1: a NUL character")
        }
        #expect {
            try store.remove(.context("C02"), who: "tester", confirmed: true)
        } throws: { error in
            "\(error)".contains("(links):2: a NUL character")
        }
        let after = try store.database.read { db in try Data.fetchOne(db, sql: "SELECT rows FROM case_links WHERE young_person_id = 'YP01'") }
        #expect(after == before)
    }

    @Test func aJSONExportWhoseObjectsLeaveOutAKeyKeepsWhatTheStoreHoldsThereAsACSVFolderWould() throws {
        let store = try freshStore()
        let json = Self.fixtures.appendingPathComponent("fictional-borough.json")
        _ = try store.importJSON(json.path, who: "tester")
        let before = try store.tables()
        // The same export from a system that does not keep workers or comments.
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        for (table, key) in [("young_people", "allocated_worker"), ("scaling", "comment")] {
            let objects = try #require(document[table] as? [[String: Any]])
            document[table] = objects.map { object in object.filter { $0.key != key } }
        }
        let partial = try ScratchFolder.make("partial-json").appendingPathComponent("export.json")
        try JSONSerialization.data(withJSONObject: document).write(to: partial)
        let (summary, _) = try store.importJSON(partial.path, who: "tester")
        #expect(summary == ImportSummary(added: 0, updated: 0, replaced: 0))
        #expect(try store.tables() == before)
    }

    @Test func anExportWithOneOfLatitudeAndLongitudeReplacesThePairNotHalfOfIt() throws {
        let store = try freshStore()
        try importBorough(into: store)
        // Millbrook Park's position withdrawn by an export that has no longitude column.
        let partial = try exportFolder("no-longitude", [
            "young_people.csv": "id\nYP05\n",
            "contexts.csv": "id,name,type,address,postcode,latitude\nC11,Millbrook Park,community,Millbrook Road,XB3 7PA,\n",
            "links.csv": "young_person_id,context_id\nYP05,C11\n",
            "scaling.csv": "date,young_person_id,context_id,respondent_role,score\n",
        ])
        let (summary, _) = try store.importFolder(partial, who: "tester")
        #expect(summary.updated == 1)
        let park = try #require(try store.tables().first { $0.file == "contexts.csv" }?.rows.first { $0[0] == "C11" })
        #expect(park[5] == nil && park[6] == nil)
        #expect(try store.replacedRows().first?.values[6] == "-2.30311")
    }
}
