import Foundation
import Testing
@testable import ContextMap
import TestScratch

/// What bad input gets (data contract, section 1): every problem, with file, line, column,
/// value and what was expected, and nothing imported.
@Suite struct ImportTests {
    static let badCases = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("bad").path))?
        .filter { !$0.hasSuffix(".md") }.sorted() ?? []

    @Test(arguments: badCases)
    func everyBadFixtureFailsWithTheErrorsItNames(_ name: String) throws {
        let folder = fixtures.appendingPathComponent("bad/\(name)")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let error = try #require(throws: DatasetError.self) { try DatasetReader.read(from: folder.path) }
        let messages = error.errors.kept.map(\.description)
        #expect(!expected.isEmpty)
        for (line, prefix) in expected.enumerated() {
            #expect(line < messages.count && messages[line].hasPrefix(prefix), "expected «\(prefix)», got «\(line < messages.count ? messages[line] : "nothing")»")
        }
    }

    @Test func atLeastTheFirstFiftyErrorsAreReportedAndAllAreCounted() throws {
        let rows = (1...120).map { "2026-01-10,YP1,C1,young_person,\(11 + $0)" }.joined(separator: "\n")
        let error = try #require(throws: DatasetError.self) {
            try DatasetReader.read(from: temporaryDataset(["scaling.csv": "date,young_person_id,context_id,respondent_role,score\n\(rows)\n"]))
        }
        #expect(error.errors.count == 120)
        #expect(error.errors.kept.count >= 50)
        #expect(error.errors.kept[49].description.hasPrefix("scaling.csv:51: column score: \"61\""))
    }

    @Test func anUnknownColumnIsIgnoredWithAWarning() throws {
        let dataset = try DatasetReader.read(from: temporaryDataset(["young_people.csv": "id,shoe_size\nYP1,5\n"]))
        #expect(dataset.youngPeople.count == 1)
        #expect(dataset.warnings.kept.first?.description.hasPrefix("young_people.csv:1: column shoe_size: unknown column") == true)
    }

    @Test func aScalingRowWithNoLinkAddsTheLinkWithAWarning() throws {
        let dataset = try DatasetReader.read(from: temporaryDataset([
            "scaling.csv": "date,young_person_id,context_id,respondent_role,score\n2026-01-10,YP1,C1,young_person,4\n",
        ]))
        #expect(dataset.links.count == 1)
        #expect(dataset.links.isImplicit == [true])
        #expect(dataset.warnings.count == 1)
    }

    @Test func sharesWithinHalfAPointOfOneHundredAreAccepted() throws {
        let dataset = try DatasetReader.read(from: temporaryDataset([
            "contexts.csv": "id,name,type\nC1,Park,community\nC2,Home,family\n",
            "agreed_weighting.csv": "date,young_person_id,context_id,share\n2026-01-10,YP1,C1,66.7\n2026-01-10,YP1,C2,33.3\n2026-01-10,YP2,C1,99.6\n",
        ]))
        #expect(dataset.agreedShares.count == 3)
    }

    /// A share naming an unknown context is the error; its group's sum is then unknown, not
    /// wrong. A sum that is wrong is shown to hundredths.
    @Test func aBadShareIsReportedAloneAndAWrongSumIsShownRounded() throws {
        let folder = try temporaryDataset([
            "contexts.csv": "id,name,type\nC1,Park,community\nC2,Home,family\n",
            "agreed_weighting.csv": "date,young_person_id,context_id,share\n2026-01-10,YP1,C1,30\n2026-01-10,YP1,C9,70\n"
                + "2026-01-10,YP2,C1,41.1\n2026-01-10,YP2,C2,42.1\n",
        ])
        let error = try #require(throws: DatasetError.self) { try DatasetReader.read(from: folder) }
        let problems = error.errors.kept.map(\.description)
        #expect(problems.contains { $0.contains("agreed_weighting.csv:3") && $0.contains("C9") }, "\(problems)")
        #expect(!problems.contains { $0.contains("sum of the shares agreed for YP1") }, "\(problems)")
        #expect(problems.contains { $0.contains("\"83.2\" is the sum of the shares agreed for YP2") }, "\(problems)")
    }

    @Test(arguments: ["young_people.csv", "contexts.csv", "links.csv", "scaling.csv", "peer_links.csv", "plan_actions.csv"])
    func randomBytesInAnyFileGiveAnErrorNeverACrash(_ file: String) throws {
        var generator = TestRandom(seed: UInt64(file.utf8.count))
        for length in [1, 7, 64, 500, 4096] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let folder = try temporaryDataset([:])
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file))
            #expect(throws: DatasetError.self) { try DatasetReader.read(from: folder) }
        }
    }

    @Test(arguments: ["", "{", "[]", "{\"young_people\": [{\"id\": [1, {\"a\": ", String(repeating: "[", count: 100_000), "\u{FEFF}{}", "{\"young_people\": \"x\"}"])
    func malformedJSONGivesAnErrorNeverACrash(_ text: String) throws {
        let file = try ScratchFolder.make("json").appendingPathComponent("dataset.json")
        try Data(text.utf8).write(to: file)
        #expect(throws: DatasetError.self) { try DatasetReader.read(from: file.path) }
    }

    @Test func aJSONErrorNamesTheLineOfTheBadRow() throws {
        let file = try ScratchFolder.make("json").appendingPathComponent("dataset.json")
        try Data("""
            {"young_people": [{"id": "YP1"}],
             "contexts": [{"id": "C1", "name": "Park", "type": "community"}],
             "links": [],
             "scaling": [
               {"date": "2026-01-10", "young_person_id": "YP1", "context_id": "C1", "respondent_role": "young_person", "score": 4},
               {"date": "2026-01-10", "young_person_id": "YP1", "context_id": "C1", "respondent_role": "young_person", "score": 12}
             ]}
            """.utf8).write(to: file)
        let error = try #require(throws: DatasetError.self) { try DatasetReader.read(from: file.path) }
        #expect(error.errors.kept.map(\.description).first?.hasPrefix("\(file.lastPathComponent):6: column score: \"12\" is not a whole number") == true)
    }

    @Test func aNULEscapeInAJSONStringIsAnErrorNamingItsLine() throws {
        let file = try ScratchFolder.make("json").appendingPathComponent("dataset.json")
        try Data("""
            {"young_people": [{"id": "YP1"}],
             "contexts": [{"id": "C1", "name": "Park\\u0000", "type": "community"}],
             "links": [], "scaling": []}
            """.utf8).write(to: file)
        let error = try #require(throws: DatasetError.self) { try DatasetReader.read(from: file.path) }
        #expect(error.description.contains("\(file.lastPathComponent):2: a \\u0000 escape (NUL) in a string"), "\(error)")
    }

    @Test func aPathThatDoesNotExistIsNamed() {
        let error = #expect(throws: DatasetError.self) { try DatasetReader.read(from: "/no/such/dataset") }
        #expect(error?.description.contains("/no/such/dataset") == true)
    }
}

/// SplitMix64: deterministic bytes for tests.
struct TestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
