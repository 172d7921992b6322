import Testing
@testable import ContextMap

/// Hotspots and peer clusters (data contract, section 2).
@Suite struct HotspotAndClusterTests {
    let contexts = """
        id,name,type
        HOME,Shared home,family
        PARK,Park,community
        SNAP,Snapchat group,online
        STATION,Station,community
        """

    /// Scaling rows for (young person, context, harm) on one date, on the risk scale so harm = score.
    func scaling(_ rows: [(String, String, Int)]) -> String {
        "date,young_person_id,context_id,respondent_role,score,scale\n"
            + rows.map { "2026-01-10,\($0.0),\($0.1),young_person,\($0.2),risk\n" }.joined()
    }

    func people(_ count: Int) -> String {
        "id\n" + (1...count).map { "YP\($0)\n" }.joined()
    }

    @Test func aHotspotNeedsEnoughYoungPeopleOfConcernAndIsNeverAFamilyContext() throws {
        let analysis = try analyse([
            "young_people.csv": people(4), "contexts.csv": contexts,
            "scaling.csv": scaling([
                ("YP1", "HOME", 9), ("YP2", "HOME", 9), ("YP3", "HOME", 9),
                ("YP1", "PARK", 5), ("YP2", "PARK", 8), ("YP3", "PARK", 4),
                ("YP1", "STATION", 9),
            ]),
        ])
        let hotspots = analysis.hotspots()
        #expect(hotspots.map { analysis.dataset.contexts.ids[$0.context] } == ["PARK"])
        #expect(hotspots.first?.youngPeople == 2)
        #expect(hotspots.first?.totalHarm == 13)
        #expect(hotspots.first?.meanHarm == 6.5)
    }

    @Test func hotspotsRankByYoungPeopleThenTotalHarmThenId() throws {
        let analysis = try analyse([
            "young_people.csv": people(3), "contexts.csv": contexts,
            "scaling.csv": scaling([
                ("YP1", "STATION", 6), ("YP2", "STATION", 6),
                ("YP1", "SNAP", 7), ("YP2", "SNAP", 5),
                ("YP1", "PARK", 5), ("YP2", "PARK", 5), ("YP3", "PARK", 5),
            ]),
        ], options: AnalysisOptions())
        #expect(analysis.hotspots().map { analysis.dataset.contexts.ids[$0.context] } == ["PARK", "SNAP", "STATION"])
    }

    @Test func thresholdsAreOptions() throws {
        let files = [
            "young_people.csv": people(3), "contexts.csv": contexts,
            "scaling.csv": scaling([("YP1", "PARK", 4), ("YP2", "PARK", 4), ("YP3", "PARK", 9)]),
        ]
        #expect(try analyse(files).hotspots().isEmpty)
        #expect(try analyse(files, options: AnalysisOptions(concern: 4)).hotspots().first?.youngPeople == 3)
        #expect(try analyse(files, options: AnalysisOptions(concern: 4, minYoungPeople: 4)).hotspots().isEmpty)
    }

    @Test func clustersJoinYoungPeopleThroughPlacesOfConcernAndPeerLinksButNotThroughFamily() throws {
        let analysis = try analyse([
            "young_people.csv": people(7), "contexts.csv": contexts,
            "scaling.csv": scaling([
                ("YP1", "PARK", 7), ("YP2", "PARK", 6), ("YP2", "SNAP", 8), ("YP3", "SNAP", 5),
                ("YP4", "STATION", 9), ("YP5", "STATION", 2),
                ("YP6", "HOME", 9), ("YP7", "HOME", 9),
            ]),
            "peer_links.csv": "young_person_id,other_young_person_id\nYP5,YP4\n",
        ])
        let clusters = analysis.peerClusters().map { cluster in
            (cluster.members.map { analysis.dataset.youngPeople.ids[$0] }, cluster.contexts.map { analysis.dataset.contexts.ids[$0] })
        }
        #expect(clusters.count == 2)
        #expect(clusters[0].0 == ["YP1", "YP2", "YP3"])
        #expect(clusters[0].1 == ["PARK", "SNAP"])
        #expect(clusters[1].0 == ["YP4", "YP5"])
        #expect(clusters[1].1 == [], "STATION has only one young person of concern")
    }

    @Test func oneVeryPopularPlaceMakesOneClusterWithoutBuildingEveryPair() throws {
        let count = 5_000
        let analysis = try analyse([
            "young_people.csv": people(count), "contexts.csv": contexts,
            "scaling.csv": scaling((1...count).map { ("YP\($0)", "PARK", 6) }),
        ])
        let clusters = analysis.peerClusters()
        #expect(clusters.count == 1)
        #expect(clusters.first?.members.count == count)
        #expect(analysis.dataset.youngPeople.ids[clusters[0].members[0]] == "YP1")
        #expect(analysis.dataset.youngPeople.ids[clusters[0].members[1]] == "YP10", "members are in id (byte) order")
    }

    // MARK: bridges

    func bridgeIDs(_ analysis: Analysis) -> [[String]] {
        analysis.peerClusters().map { analysis.bridges(of: $0).map { analysis.dataset.contexts.ids[$0] } }
    }

    @Test func aPlaceThatAloneJoinsTwoGroupsIsABridge() throws {
        // YP1 and YP2 meet only at the park; YP2 and YP3 only at the station.
        let analysis = try analyse([
            "young_people.csv": people(3), "contexts.csv": contexts,
            "scaling.csv": scaling([("YP1", "PARK", 8), ("YP2", "PARK", 7), ("YP2", "STATION", 6), ("YP3", "STATION", 9)]),
        ])
        #expect(bridgeIDs(analysis) == [["PARK", "STATION"]])
    }

    @Test func placesOnACycleAreNotBridges() throws {
        // Park joins YP1–YP2, the station YP2–YP3, Snapchat YP3–YP1: any one can go.
        let analysis = try analyse([
            "young_people.csv": people(3), "contexts.csv": contexts,
            "scaling.csv": scaling([("YP1", "PARK", 8), ("YP2", "PARK", 7), ("YP2", "STATION", 6), ("YP3", "STATION", 9),
                                    ("YP3", "SNAP", 5), ("YP1", "SNAP", 5)]),
        ])
        #expect(bridgeIDs(analysis) == [[]])
    }

    @Test func aKnownAssociationCanMakeAPlaceNoLongerABridge() throws {
        let rows = [("YP1", "PARK", 8), ("YP2", "PARK", 7), ("YP2", "STATION", 6), ("YP3", "STATION", 9)]
        let analysis = try analyse([
            "young_people.csv": people(3), "contexts.csv": contexts, "scaling.csv": scaling(rows),
            "peer_links.csv": "young_person_id,other_young_person_id\nYP1,YP2\n",
        ])
        #expect(bridgeIDs(analysis) == [["STATION"]])
    }

    @Test func aPlaceWhereEveryoneMeetsIsTheBridgeOfAStar() throws {
        let analysis = try analyse([
            "young_people.csv": people(4), "contexts.csv": contexts,
            "scaling.csv": scaling([("YP1", "PARK", 8), ("YP2", "PARK", 7), ("YP3", "PARK", 6), ("YP4", "PARK", 9)]),
        ])
        #expect(bridgeIDs(analysis) == [["PARK"]])
    }

    @Test func articulationPointsOfAPathAreItsInnerNodes() {
        let path = [[1], [0, 2], [1, 3], [2]]
        #expect(ArticulationPoints(adjacency: path).nodes == [1, 2])
        let ring = [[1, 3], [0, 2], [1, 3], [2, 0]]
        #expect(ArticulationPoints(adjacency: ring).nodes.isEmpty)
    }
}
