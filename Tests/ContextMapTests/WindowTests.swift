import Testing
@testable import ContextMap

/// Hotspots over a window of time, when they were first and last seen, and emerging hotspots.
@Suite struct WindowTests {
    let contexts = """
        id,name,type
        HOME,Shared home,family
        PARK,Park,community
        STATION,Station,community
        """
    let people = "id\nYP1\nYP2\nYP3\n"

    /// Rows of (date, young person, context, harm) on the risk scale, one voice each.
    func scaling(_ rows: [(String, String, String, Int)]) -> String {
        "date,young_person_id,context_id,respondent_role,score,scale\n"
            + rows.map { "\($0.0),\($0.1),\($0.2),young_person,\($0.3),risk\n" }.joined()
    }

    var rows: [(String, String, String, Int)] {
        [
            ("2026-01-05", "YP1", "PARK", 8), ("2026-01-05", "YP2", "PARK", 6),
            ("2026-03-01", "YP1", "PARK", 3), ("2026-03-01", "YP2", "PARK", 7),
            ("2026-03-20", "YP3", "PARK", 9),
            ("2026-01-05", "YP1", "STATION", 6), ("2026-01-05", "YP2", "STATION", 5),
            ("2026-03-01", "YP3", "STATION", 5),
            ("2026-03-20", "YP1", "HOME", 9), ("2026-03-20", "YP2", "HOME", 9),
        ]
    }

    func ids(_ analysis: Analysis, _ contexts: [Int]) -> [String] { contexts.map { analysis.dataset.contexts.ids[$0] } }

    @Test func aWindowUsesOnlyScalingInsideIt() throws {
        let everything = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)])
        #expect(ids(everything, everything.hotspots().map(\.context)) == ["STATION", "PARK"])
        // From February, YP1 and YP2 were last scaled at the station in January: it drops out.
        let window = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)],
                                 options: AnalysisOptions(since: Day("2026-02-01")))
        #expect(ids(window, window.hotspots().map(\.context)) == ["PARK"])
        #expect(window.hotspots().first?.youngPeople == 2)
    }

    @Test func firstAndLastSeenAreTheDatesHarmOfConcernWasRecordedThere() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)])
        let park = analysis.context("PARK"), station = analysis.context("STATION")
        #expect(analysis.sightings(of: park)?.first == Day("2026-01-05"))
        #expect(analysis.sightings(of: park)?.last == Day("2026-03-20"))
        #expect(analysis.sightings(of: station)?.last == Day("2026-03-01"))
    }

    @Test func sightingsOfPlacesSpanTheirContextsAndMatchOneContextAtATime() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)])
        let park = analysis.context("PARK"), station = analysis.context("STATION")
        let together = analysis.sightings(of: [[park], [station], [park, station], []])
        #expect(together.count == 4)
        #expect(together[0]?.first == analysis.sightings(of: park)?.first && together[0]?.last == analysis.sightings(of: park)?.last)
        #expect(together[1]?.first == analysis.sightings(of: station)?.first && together[1]?.last == Day("2026-03-01"))
        let first = [analysis.sightings(of: park)!.first, analysis.sightings(of: station)!.first].min()
        #expect(together[2]?.first == first && together[2]?.last == Day("2026-03-20"))
        #expect(together[3] == nil)
    }

    @Test func emergingHotspotsCompareTheLatestWindowWithTheOneBefore() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)],
                                   options: AnalysisOptions(asOf: Day("2026-03-31"), minYoungPeople: 1))
        // 30-day windows: 2026-03-02 … 03-31 (latest) and 2026-01-31 … 03-01 (before).
        let emerging = analysis.emergingHotspots(days: 30)
        #expect(ids(analysis, emerging.map(\.context)) == ["PARK", "STATION"])
        #expect(emerging[0].latest == 1 && emerging[0].previous == 1)  // YP3 now; YP2 on 03-01
        #expect(emerging[1].latest == 0 && emerging[1].previous == 1)
        // The family home is never a hotspot, emerging or not.
        #expect(!emerging.contains { analysis.dataset.contexts.types[$0.context] == .family })
    }

    @Test func aRiseIsFlaggedAndRanksFirst() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)],
                                   options: AnalysisOptions(asOf: Day("2026-03-31"), minYoungPeople: 1))
        let emerging = analysis.emergingHotspots(days: 60)
        // 60-day windows: 2026-01-31 … 03-31 (latest) and 2025-12-02 … 01-30 (before).
        let park = try #require(emerging.first { analysis.dataset.contexts.ids[$0.context] == "PARK" })
        #expect(park.latest == 2 && park.previous == 2 && !park.isRising)
        let station = try #require(emerging.first { analysis.dataset.contexts.ids[$0.context] == "STATION" })
        #expect(station.latest == 1 && station.previous == 2)
        #expect(emerging.map(\.change) == emerging.map(\.change).sorted(by: >))
    }

    @Test func forThePublicAChangeIsShownOnlyWhenBothCountsAre() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)],
                                   options: AnalysisOptions(asOf: Day("2026-03-31"), minYoungPeople: 1))
        let text = EmergingHotspotReport(analysis: analysis, days: 60, audience: .public).text(as: .csv)
        #expect(text.contains("PARK,Park,community,c,c,c,false"))
    }

    @Test func aWindowStartingAfterTheAsOfDateHoldsNothing() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)],
                                   options: AnalysisOptions(asOf: Day("2026-03-31"), since: Day("2027-01-01")))
        #expect(analysis.hotspots().isEmpty)
        #expect(analysis.sightings(of: analysis.dataset.contexts.index(of: "PARK")!) == nil)
        #expect(!analysis.isInWindow(Day("2026-03-20")!))
        #expect(analysis.harmHistory(of: 0).isEmpty)
    }

    @Test func anEmergingWindowLongerThanTheCalendarCoversEverything() throws {
        let analysis = try analyse(["young_people.csv": people, "contexts.csv": contexts, "scaling.csv": scaling(rows)])
        let emerging = analysis.emergingHotspots(days: Int.max)
        #expect(emerging.allSatisfy { $0.previous == 0 })
        #expect(Set(ids(analysis, emerging.map(\.context))) == ["PARK", "STATION"])
    }
}
