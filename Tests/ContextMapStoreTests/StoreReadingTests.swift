import Foundation
import GRDB
import Testing
@testable import ContextMap
@testable import ContextMapStore
import TestScratch

/// A load reads the store's text exactly as a reader of files would read the same rows:
/// whatever wrote it (an import, or a migration of an older store), however it is cut into
/// pieces, and wherever a problem is, it is named by the same line.
@Suite struct StoreReadingTests {
    func table(_ file: String, _ rows: [[String?]]) -> RawTable {
        RawTable(file: file, columns: RawTable.contractFiles.first { $0.file == file }!.columns, rows: rows)
    }

    func storePath(_ name: String) throws -> String {
        try ScratchFolder.make(name).appendingPathComponent("test.sqlite").path
    }

    @Test func rowsStoredBeforeLinesWereKeptReadTheSameAfterTheMigration() throws {
        let path = try storePath("store-v5")
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: "v5: people who sign in to serve")
        let awkward = ["Smith, J.", "The \"Arches\"", "Flat 2\nHigh Street", "", "Plain"]
        try old.write { db in
            for (number, name) in awkward.enumerated() {
                try db.execute(sql: "INSERT INTO young_people (row_key, id, name) VALUES (?, ?, ?)", arguments: ["YP\(number)", "YP\(number)", name])
                try db.execute(sql: "INSERT INTO contexts (row_key, id, name, type, address) VALUES (?, ?, 'Park', 'community', ?)",
                               arguments: ["C\(number)", "C\(number)", name])
            }
        }
        try old.close()
        let dataset = try CaseStore(path: path).dataset()
        #expect(dataset.youngPeople.names == awkward.map { $0.isEmpty ? nil : $0 })
        #expect(dataset.contexts.addresses == awkward.map { $0.isEmpty ? nil : $0 })
    }

    @Test func aLoadWhileImportsCommitSeesOneWholeStoreNeverAHalf() throws {
        let store = try CaseStore(path: try storePath("store-racing"), creatingIfMissing: true)
        try store.importTables([table("young_people.csv", [["YP0", nil, nil, nil, nil, nil]]),
                                table("contexts.csv", [["C1", "Park", "community", nil, nil, nil, nil]]),
                                table("links.csv", [["YP0", "C1", nil, nil]])], source: "first", who: "tester")
        // Each import adds a young person with a link and a review: a load that read young
        // people before it committed and the other tables after would find strangers.
        let writer = Thread {
            for number in 1...150 {
                try? store.importTables([
                    table("young_people.csv", [["YP\(number)", nil, nil, nil, nil, nil]]),
                    table("links.csv", [["YP\(number)", "C1", nil, nil]]),
                    table("scaling.csv", [["2026-01-05", "YP\(number)", "C1", "young_person", "5", nil, nil, nil]]),
                ], source: "import \(number)", who: "tester")
            }
        }
        writer.start()
        var loads = 0
        while !writer.isFinished {
            let dataset = try store.dataset()
            #expect(dataset.links.count == dataset.youngPeople.count)
            loads += 1
        }
        #expect(loads > 10)
        #expect(try store.dataset().youngPeople.count == 151)
    }

    @Test func anImportKeepsEachRowsLineInStepWithItsColumns() throws {
        let store = try CaseStore(path: try storePath("store-lines"), creatingIfMissing: true)
        try store.importTables([table("young_people.csv", [["YP1", "A, B", nil, nil, nil, nil]]),
                                table("contexts.csv", [["C1", "Park", "community", nil, nil, nil, nil]])],
                               source: "first", who: "tester")
        try store.importTables([table("young_people.csv", [["YP1", "A \"B\"", nil, "roth", nil, nil]])], source: "second", who: "tester")
        let dataset = try store.dataset()
        #expect(dataset.youngPeople.names == ["A \"B\""])
        #expect(dataset.youngPeople.pathways == [.roth])
        #expect(try store.tables().first { $0.file == "young_people.csv" }?.rows == [["YP1", "A \"B\"", nil, "roth", nil, nil]])
    }

    @Test func anUpdateByHandOfAColumnOrALineLeavesTheLoadAndTheExportAgreeing() throws {
        let store = try CaseStore(path: try storePath("store-hand-edits"), creatingIfMissing: true)
        try store.importTables([table("young_people.csv", [["YP1", "A, B", nil, nil, nil, nil]]),
                                table("contexts.csv", [["C1", "Park", "community", nil, nil, nil, nil]])],
                               source: "first", who: "tester")
        try store.database.write { db in
            try db.execute(sql: "UPDATE young_people SET name = 'Changed, by hand' WHERE id = 'YP1'")
            try db.execute(sql: "UPDATE contexts SET line = 'C1,Park,family,,,,' WHERE id = 'C1'")
        }
        let dataset = try store.dataset()
        #expect(dataset.youngPeople.names == ["Changed, by hand"])
        #expect(dataset.contexts.types == [.community])
        let exported = try store.tables()
        #expect(exported.first { $0.file == "young_people.csv" }?.rows == [["YP1", "Changed, by hand", nil, nil, nil, nil]])
        #expect(exported.first { $0.file == "contexts.csv" }?.rows == [["C1", "Park", "community", nil, nil, nil, nil]])
        // A row inserted by hand gets its line; SQLite's recursive triggers change nothing.
        try store.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA recursive_triggers = ON")
            try db.execute(sql: "INSERT INTO young_people (row_key, id, name) VALUES ('YP2', 'YP2', 'New, by hand')")
            try db.execute(sql: "UPDATE young_people SET pathway = 'roth' WHERE id = 'YP2'")
            try db.execute(sql: "PRAGMA recursive_triggers = OFF")
        }
        #expect(try store.dataset().youngPeople.names == ["Changed, by hand", "New, by hand"])
        #expect(try store.dataset().youngPeople.pathways == [nil, .roth])
    }

    @Test func aStoreWithRowsLeftWithoutTheirYoungPersonStillOpensAfterAnUpgrade() throws {
        let path = try storePath("store-orphans")
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: "v7: rows an import replaced are kept")
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO case_links (young_person_id, rows) VALUES ('YP-GONE', 'YP-GONE,C1,,' || char(10))")
        }
        try old.close()
        #expect(throws: DatasetError.self) { try CaseStore(path: path).dataset() }
    }

    /// 3,000 young people, each linked to the one context, and whatever `more` adds about them.
    func storeOfThreeThousand(_ name: String, relationship: String? = nil,
                              more: ([String]) -> [RawTable] = { _ in [] }) throws -> CaseStore {
        let store = try CaseStore(path: try storePath(name), creatingIfMissing: true)
        let people = (0..<3000).map { "YP\($0)" }
        try store.importTables([
            table("young_people.csv", people.map { [$0, nil, nil, nil, nil, nil] }),
            table("contexts.csv", [["C1", "Park", "community", nil, nil, nil, nil]]),
            table("links.csv", people.map { [$0, "C1", relationship, nil] }),
        ] + more(people), source: name, who: "tester")
        return store
    }

    /// 3,000 young people's links make more text than one piece handed to the reader.
    func storeWithManyLinks() throws -> CaseStore {
        try storeOfThreeThousand("store-pieces", relationship: "hangs out at the skate park, most evenings")
    }

    @Test func aTableOfManyCaseRecordsIsReadWhole() throws {
        let store = try storeWithManyLinks()
        #expect(try store.dataset().links.count == 3000)
    }

    @Test func aBadRowInALaterPieceIsNamedByItsLineAsInAFile() throws {
        let store = try storeWithManyLinks()
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_links SET rows = 'YP2999,NO-SUCH-CONTEXT,,' || char(10) WHERE young_person_id = 'YP2999'")
        }
        #expect {
            try store.dataset()
        } throws: { error in
            let issue = (error as? DatasetError)?.errors.kept.first
            return issue?.line == 3001 && issue?.value == "NO-SUCH-CONTEXT"
        }
    }

    @Test func aCaseRecordWithoutItsLastLineEndDoesNotRunIntoTheNext() throws {
        let store = try storeWithManyLinks()
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_links SET rows = 'YP0,C1,,' WHERE young_person_id = 'YP0'")
        }
        let dataset = try store.dataset()
        #expect(dataset.links.count == 3000)
        #expect(dataset.warnings.isEmpty)
    }

    /// 3,000 young people with two reviews of one context each, the last with a note, read
    /// from the text (the compact form, which loads read first, is dropped).
    func storeWithManyReviews() throws -> CaseStore {
        let store = try storeOfThreeThousand("store-reviews") { people in
            [table("scaling.csv", people.enumerated().flatMap { number, person in
                [["2026-01-05", person, "C1", "young_person", String(number % 11), nil, nil, nil],
                 ["2026-02-05", person, "C1", "parent_carer", String((number + 3) % 11), "Mum", nil, "Said \"better\", \nmostly"]]
            })]
        }
        try store.database.write { db in try db.execute(sql: "DELETE FROM compact_scaling") }
        return store
    }

    @Test(arguments: [2, 3, 7])
    func scalingReadInPiecesIsWhatOnePieceReads(_ pieces: Int) throws {
        let store = try storeWithManyReviews()
        let one = try DatasetReader.read(from: StoreTables(pool: store.database), source: "test", cores: 1).scaling
        let many = try DatasetReader.read(from: StoreTables(pool: store.database), source: "test", cores: pieces).scaling
        #expect(one.count == 6000)
        #expect(many.scores == one.scores && many.dates == one.dates && many.link == one.link)
        #expect(many.comment.map { $0 < 0 ? nil : many.comments[Int($0)] } == one.comment.map { $0 < 0 ? nil : one.comments[Int($0)] })
    }

    /// Record numbers SQL by hand could give: below one, and at the ends of what SQLite keeps.
    @Test(arguments: [(2, "-1"), (3, "0"), (2, "9223372036854775807"), (7, "-9223372036854775807 - 1")])
    func everyRecordIsReadInPiecesWhateverItsNumber(_ pieces: Int, _ seq: String) throws {
        let store = try storeWithManyReviews()
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_scaling SET seq = \(seq) WHERE young_person_id = 'YP1500'")
        }
        let one = try DatasetReader.read(from: StoreTables(pool: store.database), source: "test", cores: 1).scaling
        let many = try DatasetReader.read(from: StoreTables(pool: store.database), source: "test", cores: pieces).scaling
        #expect(one.count == 6000 && many.count == 6000)
        #expect(many.scores == one.scores && many.dates == one.dates && many.link == one.link)
    }

    @Test func piecesOfRecordNumbersCoverEveryNumberWithoutOverflow() {
        #expect(StoreTables.bounds(from: 1, to: 100, pieces: 4) == [26, 51, 76])
        #expect(StoreTables.bounds(from: 5, to: 5, pieces: 3) == [5, 5])
        let widest = StoreTables.bounds(from: .min, to: .max, pieces: 2)
        #expect(widest.count == 1 && widest[0] > .min && widest[0] < .max)
    }

    @Test(arguments: [1, 2, 3])
    func aBadScoreInTheLastPieceIsNamedByItsLine(_ pieces: Int) throws {
        let store = try storeWithManyReviews()
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_scaling SET rows = replace(rows, 'young_person,', 'young_person,x') WHERE young_person_id = 'YP2998'")
        }
        #expect {
            try DatasetReader.read(from: StoreTables(pool: store.database), source: "test", cores: pieces)
        } throws: { error in
            let issue = (error as? DatasetError)?.errors.kept.first
            return issue?.line == 2 + 3 * 2998 && issue?.column == "score"  // three lines a young person: a note has two
        }
    }
}
