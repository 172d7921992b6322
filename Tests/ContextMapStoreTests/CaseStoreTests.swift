import Foundation
import Testing
@testable import ContextMap
@testable import ContextMapStore

/// The embedded store keeps what was imported, all or nothing, and gives the same figures
/// as the files it came from.
@Suite struct CaseStoreTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let borough = fixtures.appendingPathComponent("fictional-borough").path

    func freshStore() throws -> CaseStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contextmap-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try CaseStore(path: folder.appendingPathComponent("test.sqlite").path)
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
        contexts.rows = [contexts.rows[0]]
        contexts.rows[0][1] = "Renamed place"
        let summary = try store.importTables([contexts], source: "rename", who: "tester")
        #expect(summary == ImportSummary(added: 0, updated: 1))
        #expect(try store.dataset().contexts.names.contains("Renamed place"))
    }

    @Test func everyImportIsInTheAuditTrail() throws {
        let store = try freshStore()
        try importBorough(into: store)
        try store.recordView(who: "analyst", action: "hotspots", audience: "partner", rows: 4)
        let trail = try store.auditTrail()
        #expect(trail.map(\.action) == ["import", "hotspots"])
        #expect(trail[0].who == "tester" && trail[1].audience == "partner" && trail[1].rows == 4)
    }
}
