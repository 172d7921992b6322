import Foundation
import Testing
@testable import ContextMap

/// Every figure of the fictional borough against the values worked out by hand in
/// `Fixtures/fictional-borough/EXPECTED.md` (kept machine-readable in `expected.json`).
@Suite struct FixtureTests {
    let expected: [String: Any]
    let analysis: Analysis

    init() throws {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("fictional-borough/expected.json"))
        expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        analysis = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("fictional-borough").path))
    }

    @Test func theDefaultDateIsTheLatestScalingDate() {
        #expect(analysis.asOf?.description == expected["as_of"] as? String)
    }

    @Test func everyYoungPersonsWeightingMatchesTheHandWorkedFigures() throws {
        let people = try #require((expected["weigh"] as? [String: Any])?["young_people"] as? [[String: Any]])
        #expect(people.count == analysis.dataset.youngPeople.count)
        for person in people {
            let id = try #require(person["id"] as? String)
            try expectWeighting(of: id, equals: try #require(person["contexts"] as? [[String: Any]]), in: analysis)
        }
    }

    @Test func hotspotsMatchInOrderIncludingATieThatOnlyRoundingMakes() throws {
        try expectHotspots(analysis, equal: try #require(expected["hotspots"] as? [[String: Any]]))
    }

    @Test func clustersMatchInOrder() throws {
        try expectClusters(analysis, equal: try #require(expected["clusters"] as? [[String: Any]]))
    }

    @Test func contextualFocusOfEveryPlanMatches() throws {
        let plans = try #require(expected["plan"] as? [[String: Any]])
        for plan in plans {
            let id = try #require(plan["young_person_id"] as? String)
            let focus = analysis.planFocus(of: analysis.youngPerson(id)).contextualFocus
            #expect(close(focus, plan["contextual_focus"] as? Double), "\(id)")
        }
    }

    @Test func figuresAsOfTheMiddleReviewMatch() throws {
        let middle = try #require(expected["as_of_middle"] as? [String: Any])
        let dateText = try #require(middle["as_of"] as? String)
        let date = try #require(Day(dateText))
        let earlier = Analysis(dataset: analysis.dataset, options: AnalysisOptions(asOf: date))
        try expectHotspots(earlier, equal: try #require(middle["hotspots"] as? [[String: Any]]))
        if let clusters = middle["clusters"] as? [[String: Any]] { try expectClusters(earlier, equal: clusters) }
        for person in (middle["weigh"] as? [String: Any])?["young_people"] as? [[String: Any]] ?? [] {
            let id = try #require(person["id"] as? String)
            try expectWeighting(of: id, equals: try #require(person["contexts"] as? [[String: Any]]), in: earlier)
        }
    }

    @Test func theJSONFormGivesTheSameFiguresAsTheCSVFolder() throws {
        let json = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("fictional-borough.json").path))
        for format in OutputFormat.allCases {
            #expect(HotspotReport(analysis: json).text(as: format) == HotspotReport(analysis: analysis).text(as: format))
            #expect(ClusterReport(analysis: json).text(as: format) == ClusterReport(analysis: analysis).text(as: format))
            let everyone = analysis.youngPeopleInIDOrder
            #expect(WeightingReport(analysis: json, youngPeople: everyone).text(as: format)
                    == WeightingReport(analysis: analysis, youngPeople: everyone).text(as: format))
        }
    }

    @Test func aByteOrderMarkAndCRLFLineEndsChangeNothing() throws {
        let variant = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("good-variants/bom-crlf").path))
        #expect(WeightingReport(analysis: variant, youngPeople: variant.youngPeopleInIDOrder).text(as: .json)
                == WeightingReport(analysis: analysis, youngPeople: analysis.youngPeopleInIDOrder).text(as: .json))
    }

    // MARK: comparisons

    private func expectWeighting(of id: String, equals contexts: [[String: Any]], in analysis: Analysis) throws {
        let entries = analysis.weighting(of: analysis.youngPerson(id)).entries
        #expect(entries.map { analysis.dataset.contexts.ids[$0.context] } == contexts.map { $0["id"] as? String }, "\(id) order")
        for (entry, want) in zip(entries, contexts) {
            let label = "\(id) \(want["id"] ?? "")"
            #expect(close(entry.harm?.harm, want["harm"] as? Double), "\(label) harm")
            #expect(close(entry.share, want["share"] as? Double), "\(label) share")
            #expect(close(entry.harm?.spread, want["spread"] as? Double), "\(label) spread")
            #expect(close(entry.harm?.trend, want["trend"] as? Double), "\(label) trend")
            #expect(entry.harm?.isSignificant == want["significant"] as? Bool, "\(label) significant")
            let roles = want["roles"] as? [String: Double] ?? [:]
            for role in RespondentRole.allCases {
                #expect(close(entry.harm?.roleHarms[role], roles[role.rawValue]), "\(label) \(role.rawValue)")
            }
        }
    }

    private func expectHotspots(_ analysis: Analysis, equal expected: [[String: Any]]) throws {
        let hotspots = analysis.hotspots()
        #expect(hotspots.map { analysis.dataset.contexts.ids[$0.context] } == expected.map { $0["id"] as? String })
        for (hotspot, want) in zip(hotspots, expected) {
            #expect(hotspot.youngPeople == want["young_people"] as? Int)
            #expect(close(hotspot.totalHarm, want["total_harm"] as? Double))
            #expect(close(hotspot.meanHarm, want["mean_harm"] as? Double))
        }
    }

    private func expectClusters(_ analysis: Analysis, equal expected: [[String: Any]]) throws {
        let clusters = analysis.peerClusters()
        #expect(clusters.map { $0.members.map { analysis.dataset.youngPeople.ids[$0] } } == expected.map { $0["members"] as? [String] ?? [] })
        #expect(clusters.map { $0.contexts.map { analysis.dataset.contexts.ids[$0] } } == expected.map { $0["contexts"] as? [String] ?? [] })
    }
}
