import Foundation
import GRDB
import Testing
@testable import ContextMap
@testable import ContextMapStore
import TestScratch

/// A load reads the scaling rows from their compact form, and gets exactly what reading
/// the case records' text gives: the same rows in the same order, the same respondents and
/// notes, the same implicit links, warned of at the same lines. Whatever the compact form
/// cannot vouch for (damage, an older write, an edit by hand) is read from the text.
@Suite struct CompactScalingTests {
    /// Rows of several young people interleaved, so that the store's records (by young
    /// person) hold them in another order than the file; notes and a respondent across
    /// lines; two implicit links, one after rows of several lines.
    static let scaling = """
        young_person_id,date,context_id,respondent_role,respondent,score,scale,comment
        YP1,2026-01-05,C1,young_person,,3,,
        YP3,2026-01-05,C2,young_person,,4,,
        YP2,2026-01-05,C1,parent_carer,Mum,5,risk,"Said ""better"",
        mostly"
        YP1,2026-01-06,C2,partner_agency,"School
        DSL",6,,
        YP3,2026-01-06,C3,partner_agency,Police,7,,
        YP2,2026-01-06,C1,young_person,Mum,8,,"one

        two"
        YP1,2026-02-01,C1,parent_carer,Mum,10,safety,

        """

    // YP2 is linked first, so their record comes first.
    func folder(_ name: String, scaling: String = Self.scaling, youngPeople: [String] = ["YP1", "YP2", "YP3"],
                links: String = "YP2,C1\nYP1,C1\nYP1,C2\n") throws -> String {
        let folder = try ScratchFolder.make(name)
        let files = [
            "young_people.csv": "id\n" + youngPeople.map { $0 + "\n" }.joined(),
            "contexts.csv": "id,name,type\nC1,Park,community\nC2,School,school\nC3,Station,community\n",
            "links.csv": "young_person_id,context_id\n" + links,
            "scaling.csv": scaling,
        ]
        for (file, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(file)) }
        return folder.path
    }

    func storeWithTheExport() throws -> CaseStore {
        let path = try ScratchFolder.make("compact-store").appendingPathComponent("test.sqlite").path
        let store = try CaseStore(path: path, creatingIfMissing: true)
        _ = try store.importFolder(try folder("compact-export"), who: "tester")
        return store
    }

    /// The store's dataset read from the case records' text, in one piece.
    func fromText(_ store: CaseStore) throws -> Dataset {
        try store.database.read { db in try DatasetReader.read(from: StoreTables(connection: db), source: "test.sqlite", cores: 1) }
    }

    func hasCompactForm(_ store: CaseStore) throws -> Bool {
        try StoreTables(pool: store.database).compactScaling() != nil
    }

    /// Each scaling row as one line: its young person, context, date, voice, score, scale,
    /// respondent and note.
    func rows(_ dataset: Dataset) -> [String] {
        let scaling = dataset.scaling, links = dataset.links
        return scaling.indices.map { row in
            let link = Int(scaling.link[row])
            return [dataset.youngPeople.ids[Int(links.youngPerson[link])], dataset.contexts.ids[Int(links.context[link])],
                    "\(scaling.dates[row])", scaling.roles[row].rawValue, "\(scaling.scores[row])", scaling.scales[row].rawValue,
                    scaling.respondentName(at: row) ?? "-", scaling.commentText(at: row) ?? "-"].joined(separator: "|")
        }
    }

    func links(_ dataset: Dataset) -> [String] {
        dataset.links.indices.map { link in
            "\(dataset.youngPeople.ids[Int(dataset.links.youngPerson[link])])-\(dataset.contexts.ids[Int(dataset.links.context[link])])"
                + (dataset.links.isImplicit[link] ? " implicit" : "")
        }
    }

    func expectSameLoad(_ loaded: Dataset, _ text: Dataset, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(rows(loaded) == rows(text), sourceLocation: sourceLocation)
        #expect(loaded.scaling.respondentNames == text.scaling.respondentNames, sourceLocation: sourceLocation)
        #expect(links(loaded) == links(text), sourceLocation: sourceLocation)
        #expect(loaded.warnings.kept.map(\.description) == text.warnings.kept.map(\.description), sourceLocation: sourceLocation)
    }

    @Test func aFirstImportsCompactFormLoadsAsItsTextDoes() throws {
        let store = try storeWithTheExport()
        #expect(try hasCompactForm(store))
        let loaded = try store.dataset(), text = try fromText(store)
        expectSameLoad(loaded, text)
        #expect(rows(loaded).first == "YP2|C1|2026-01-05|parent_carer|5|risk|Mum|Said \"better\",\nmostly")
        // YP3's rows come last, after five rows on nine lines from line 2.
        #expect(loaded.warnings.kept.map(\.line) == [11, 12])
        #expect(loaded.warnings.kept.first?.problem == "scales C2 for YP3, who has no link to it; the link is added")
    }

    @Test func everyImportAndRemovalWritesItAgain() throws {
        let store = try storeWithTheExport()
        let correction = """
            date,young_person_id,context_id,respondent_role,respondent,score
            2026-01-06,YP1,C2,partner_agency,"School
            DSL",2
            2026-03-01,YP4,C1,young_person,,9

            """
        _ = try store.importFolder(try folder("compact-correction", scaling: correction, youngPeople: ["YP1", "YP4"], links: "YP1,C2\n"),
                                  who: "tester")
        #expect(try hasCompactForm(store))
        expectSameLoad(try store.dataset(), try fromText(store))
        #expect(rows(try store.dataset()).contains("YP1|C2|2026-01-06|partner_agency|2|safety|School\nDSL|-"))

        _ = try store.remove(.youngPerson("YP2"), who: "tester", confirmed: true)
        #expect(try hasCompactForm(store))
        expectSameLoad(try store.dataset(), try fromText(store))
        #expect(!rows(try store.dataset()).contains { $0.hasPrefix("YP2|") })
    }

    @Test(arguments: [1, 2, 3, 7])
    func piecesReadAtTheSameTimeJoinAsOne(_ cores: Int) throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        try store.database.write { db in try CompactScalingTable.write(text, rowsPerPiece: 2, into: db) }
        #expect(try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM compact_scaling") } == 4)
        expectSameLoad(try DatasetReader.read(from: StoreTables(pool: store.database), source: "test.sqlite", cores: cores), text)
    }

    @Test func aDamagedPieceIsNotUsedWhereverItIsCut() throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        let whole = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT length(data) FROM compact_scaling")! }
        for length in 0..<whole {
            try store.database.write { db in
                try CompactScalingTable.write(text, into: db)
                try db.execute(sql: "UPDATE compact_scaling SET data = substr(data, 1, ?)", arguments: [length])
            }
            expectSameLoad(try store.dataset(), text)
        }
    }

    @Test func aPieceWithAnyOneBitChangedIsNotUsed() throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        let piece = CompactScaling.pieces(of: text)[0]
        for bit in 0..<piece.count * 8 {
            var changed = piece
            changed[bit / 8] ^= 1 << (bit % 8)
            try store.database.write { db in try CompactScalingTable.write([changed], into: db) }
            expectSameLoad(try store.dataset(), text)
        }
    }

    @Test func aPieceMissingOrRepeatedIsNotUsed() throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        let pieces = CompactScaling.pieces(of: text, rowsPerPiece: 2)
        for damaged in [Array(pieces.dropFirst()), Array(pieces.dropLast()), pieces + [pieces[3]], [pieces[1], pieces[0]] + pieces[2...]] {
            try store.database.write { db in try CompactScalingTable.write(damaged, into: db) }
            expectSameLoad(try store.dataset(), text)
        }
    }

    @Test func aPieceNamingAContextTheStoreLacksIsNotUsed() throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        var other = text
        other.contexts.ids[2] = "C-GONE"
        try store.database.write { db in try CompactScalingTable.write(other, into: db) }
        expectSameLoad(try store.dataset(), text)
    }

    @Test func aFormWrittenBeforeTheLastWriteIsNotUsed() throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        try store.database.write { db in try StoreSchema.advanceGeneration(db) }
        #expect(try !hasCompactForm(store))
        expectSameLoad(try store.dataset(), text)
    }

    @Test func anEditOfTheRecordsByHandDropsIt() throws {
        let store = try storeWithTheExport()
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_scaling SET rows = replace(rows, ',3,,', ',0,,') WHERE young_person_id = 'YP1'")
        }
        #expect(try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM compact_scaling") } == 0)
        #expect(rows(try store.dataset()).contains("YP1|C1|2026-01-05|young_person|0|safety|-|-"))
    }

    @Test func aFailedImportLeavesTheTriggersInPlace() throws {
        let store = try storeWithTheExport()
        let bad = "date,young_person_id,context_id,respondent_role,score\n2026-03-01,YP1,C1,young_person,11\n"
        #expect(throws: DatasetError.self) { try store.importFolder(try folder("compact-bad", scaling: bad), who: "tester") }
        #expect(try hasCompactForm(store))
        try store.database.write { db in try db.execute(sql: "DELETE FROM case_scaling WHERE young_person_id = 'YP3'") }
        #expect(try !hasCompactForm(store))
        #expect(!rows(try store.dataset()).contains { $0.hasPrefix("YP3|") })
    }

    @Test func aStoreMigratedToItButWithoutItIsReadFromItsTextUntilItsNextImport() throws {
        let path = try ScratchFolder.make("compact-v7").appendingPathComponent("test.sqlite").path
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: "v7: rows an import replaced are kept")
        try old.close()
        let store = try CaseStore(path: path)
        _ = try store.importFolder(try folder("compact-v7-export"), who: "tester")
        try store.database.write { db in try db.execute(sql: "DELETE FROM compact_scaling") }
        expectSameLoad(try store.dataset(), try fromText(store))
        _ = try store.importFolder(try folder("compact-v7-export"), who: "tester")
        #expect(try hasCompactForm(store))
        expectSameLoad(try store.dataset(), try fromText(store))
    }

    @Test func aPieceClaimingMoreRowsThanItsBytesCanHoldIsNotUsed() throws {
        let store = try storeWithTheExport()
        let text = try fromText(store)
        // Version 2, piece 0 of 1, 2^31 - 1 rows.
        let claim: [UInt8] = [CompactScaling.version, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x07] + Array(repeating: 0, count: 64)
        try store.database.write { db in try CompactScalingTable.write([claim], into: db) }
        expectSameLoad(try store.dataset(), text)
    }

    @Test func aFirstImportIntoAStoreWhoseRecordsOutlivedTheirYoungPeopleMergesAndReadsAsTheText() throws {
        let store = try storeWithTheExport()
        try store.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DELETE FROM young_people; DELETE FROM contexts")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let later = "date,young_person_id,context_id,respondent_role,score\n2026-04-01,YP1,C1,young_person,1\n"
        _ = try store.importFolder(try folder("compact-later", scaling: later), who: "tester")
        #expect(try hasCompactForm(store))
        let text = try fromText(store)
        #expect(rows(text).count == 8)
        expectSameLoad(try store.dataset(), text)
    }

    @Test func withATriggerMissingTheFormIsNotUsedUntilAnImportPutsItBack() throws {
        let store = try storeWithTheExport()
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER case_scaling_update")
            try db.execute(sql: "UPDATE case_scaling SET rows = replace(rows, ',3,,', ',0,,') WHERE young_person_id = 'YP1'")
        }
        #expect(try !hasCompactForm(store))
        #expect(rows(try store.dataset()).contains("YP1|C1|2026-01-05|young_person|0|safety|-|-"))
        _ = try store.importFolder(try folder("compact-again"), who: "tester")
        #expect(try hasCompactForm(store))
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_scaling SET rows = replace(rows, ',5,risk,', ',9,risk,') WHERE young_person_id = 'YP2'")
        }
        #expect(try !hasCompactForm(store))
    }

    /// A store rebuilt from an SQL dump of itself, edited: the dump's rows go in before its
    /// triggers, which never see the edit, and its header is new (`user_version` 0).
    @Test func aStoreRebuiltFromAnEditedDumpIsReadFromItsTextUntilTheNextImport() throws {
        let store = try storeWithTheExport()
        #expect(try hasCompactForm(store))
        try store.database.write { db in
            for trigger in StoreTriggers.compactScaling { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
            try db.execute(sql: "UPDATE case_scaling SET rows = replace(rows, ',3,,', ',0,,') WHERE young_person_id = 'YP1'")
            try StoreTriggers.create(StoreTriggers.compactScaling, in: db)
            try db.execute(sql: "PRAGMA user_version = 0")
        }
        #expect(try !hasCompactForm(store))
        #expect(rows(try store.dataset()).contains("YP1|C1|2026-01-05|young_person|0|safety|-|-"))
        _ = try store.importFolder(try folder("compact-after-dump"), who: "tester")
        #expect(try hasCompactForm(store))
    }

    @Test func anExportRewrittenWhileItIsReadIsRefused() throws {
        let export = try folder("compact-rewritten")
        let files = ExportSnapshot(folder: export)
        try files.checkUnchanged()
        let scaling = URL(fileURLWithPath: export).appendingPathComponent("scaling.csv")
        try Data((Self.scaling + "YP1,2026-03-01,C1,young_person,,4,,\n").utf8).write(to: scaling)
        #expect(throws: ExportChangedError.self) { try files.checkUnchanged() }
    }

    @Test func anExportRewrittenInPlaceWithItsModificationTimeSetBackIsRefused() throws {
        let export = try folder("compact-rewritten-in-place")
        let links = URL(fileURLWithPath: export).appendingPathComponent("links.csv")
        let modified = try FileManager.default.attributesOfItem(atPath: links.path)[.modificationDate] as! Date
        let files = ExportSnapshot(folder: export)
        let handle = try FileHandle(forWritingTo: links)
        try handle.seek(toOffset: 29)
        try handle.write(contentsOf: Data("3".utf8))  // YP2,C1 → YP3,C1, the same size
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: links.path)
        #expect(throws: ExportChangedError.self) { try files.checkUnchanged() }
    }
}

