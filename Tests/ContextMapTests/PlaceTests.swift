import Testing
@testable import ContextMap

/// Places resolved across agencies: proposals for review, and hotspots per reviewed place.
@Suite struct PlaceTests {
    let contexts = """
        id,name,type,address,postcode,latitude,longitude
        C1,"Tesco Express, High St",community,,XB1 2AB,,
        C2,tesco high street,community,,xb12ab,,
        C3,Millbrook Park,community,,,54.05124,-2.30311
        C4,Millbrook Pk,community,,,54.05130,-2.30300
        C5,Brackenford bus station,community,,,54.04671,-2.29457
        C6,Brackenford Academy,school,,,54.04675,-2.29450
        C7,Station Square shops,community,,,54.04700,-2.29400
        C8,"Bus station, Brackenford",community,,,,
        C9,Brackenford family home,family,,,54.04671,-2.29457
        """

    func proposals() throws -> (PlaceProposals, Dataset) {
        let dataset = try DatasetReader.read(from: temporaryDataset(["contexts.csv": contexts]))
        return (PlaceProposals(dataset: dataset), dataset)
    }

    func groups(_ proposals: PlaceProposals, _ dataset: Dataset) -> [[String]] {
        proposals.groups.map { $0.map { dataset.contexts.ids[$0] } }
    }

    @Test func namesMatchAcrossCaseAbbreviationsPunctuationAndWordOrder() throws {
        let (proposals, dataset) = try proposals()
        #expect(groups(proposals, dataset).contains(["C1", "C2"]))
        #expect(groups(proposals, dataset).contains(["C3", "C4"]))
        #expect(groups(proposals, dataset).contains(["C5", "C8"]))
    }

    @Test func everyMatchSaysWhy() throws {
        let (proposals, dataset) = try proposals()
        let tesco = try #require(proposals.matches.first { dataset.contexts.ids[$0.first] == "C1" })
        #expect(tesco.reasons.contains { $0.contains("every word of \"tesco high street\"") })
        #expect(tesco.reasons.contains { $0.contains("the same postcode") })
        let park = try #require(proposals.matches.first { dataset.contexts.ids[$0.first] == "C3" })
        #expect(park.reasons.contains { $0.hasSuffix("m apart") })
    }

    @Test func differentTypesNearbyPlacesWithOnlyGenericWordsAndFamilyHomesAreNeverProposed() throws {
        let (proposals, dataset) = try proposals()
        let proposed = Set(groups(proposals, dataset).flatMap { $0 })
        #expect(!proposed.contains("C6"))  // a school beside the bus station
        #expect(!proposed.contains("C7"))  // 50 m away, but "station", "square", "shops" say nothing of which place
        #expect(!proposed.contains("C9"))
    }

    @Test func normalisedNamesWriteOutAbbreviationsAndDropPunctuation() {
        #expect(PlaceName("Tesco Express, High St").text == "tesco express high street")
        #expect(PlaceName("O'Neill's Bar & Grill").text == "oneills bar and grill")
        #expect(PlaceName("Café Nové").text == "cafe nove")
    }

    @Test func distanceIsTheGreatCircleInMetres() {
        // One thousandth of a degree of latitude is about 111 m.
        #expect(abs(PlaceProposals.distance(54.0, -2.3, 54.001, -2.3) - 111.2) < 0.5)
    }

    @Test func withReviewedPlacesAHotspotCountsEachYoungPersonOncePerPlace() throws {
        let files = [
            "young_people.csv": "id\nYP1\nYP2\nYP3\n",
            "contexts.csv": contexts,
            "scaling.csv": """
                date,young_person_id,context_id,respondent_role,score,scale
                2026-01-10,YP1,C3,young_person,8,risk
                2026-01-10,YP1,C4,young_person,6,risk
                2026-01-10,YP2,C4,young_person,7,risk
                2026-01-10,YP3,C3,young_person,2,risk
                """,
        ]
        let perContext = try analyse(files)
        // Per context, YP1 counts at C4 and the park's two ids are two contexts.
        #expect(perContext.hotspots().map { perContext.dataset.contexts.ids[$0.context] } == ["C4"])
        #expect(perContext.hotspots().first?.totalHarm == Double(6 + 7))
        let perPlace = try analyse(files.merging(["places.csv": "place_id,context_id,name\nPL1,C3,Millbrook Park\nPL1,C4,\n"]) { $1 })
        let hotspots = perPlace.hotspots()
        #expect(hotspots.count == 1)
        #expect(hotspots[0].place == 0 && hotspots[0].youngPeople == 2)
        #expect(hotspots[0].totalHarm == 8 + 7)  // YP1's highest harm there, then YP2's
        #expect(HotspotReport(analysis: perPlace).text(as: .csv).contains("PL1,Millbrook Park"))
    }

    /// The total is summed in young people's order, so that it is the same to the last digit
    /// in every run (a dictionary's order is not).
    @Test func aPlacesTotalHarmIsSummedInYoungPeoplesOrder() throws {
        let people = (1...24).map { "YP\($0)" }
        let scaling = people.enumerated().map { number, person in
            ["young_person", "parent_carer", "partner_agency"].enumerated().map { role, name in
                "2026-01-10,\(person),\(number % 2 == 0 ? "C3" : "C4"),\(name),\((number * 7 + role * 3) % 11),risk\n"
            }.joined()
        }.joined()
        let analysis = try analyse([
            "young_people.csv": "id\n" + people.map { $0 + "\n" }.joined(),
            "contexts.csv": contexts,
            "scaling.csv": "date,young_person_id,context_id,respondent_role,score,scale\n" + scaling,
            "places.csv": "place_id,context_id\nPL1,C3\nPL1,C4\n",
        ])
        var expected = 0.0, count = 0
        for person in analysis.dataset.youngPeople.indices {
            let harms = analysis.dataset.links.byYoungPerson[person].filter(analysis.isOfConcern).map { analysis.harm.harm[Int($0)] }
            guard let highest = harms.max() else { continue }
            expected += highest
            count += 1
        }
        #expect(count > 12)
        #expect(analysis.hotspots().first?.youngPeople == count)
        #expect(analysis.hotspots().first?.totalHarm == expected)
    }

    @Test func aContextInTwoPlacesIsAnErrorWithItsLine() throws {
        #expect(throws: DatasetError.self) {
            try DatasetReader.read(from: temporaryDataset([
                "contexts.csv": contexts, "places.csv": "place_id,context_id\nPL1,C3\nPL2,C3\n",
            ]))
        }
        let path = try temporaryDataset(["contexts.csv": contexts, "places.csv": "place_id,context_id\nPL1,C3\nPL2,C3\nPL3,C99\n"])
        do throws(DatasetError) {
            _ = try DatasetReader.read(from: path)
            Issue.record("a context in two places was accepted")
        } catch {
            let text = error.description
            #expect(text.contains("places.csv:3: column context_id: \"C3\" is already in a place on line 2"))
            #expect(text.contains("places.csv:4: column context_id: \"C99\""))
        }
    }

    @Test func aNetworkMapDrawsAReviewedPlaceAsOneNode() throws {
        let files = [
            "young_people.csv": "id\nYP1\nYP2\n",
            "contexts.csv": contexts,
            "scaling.csv": """
                date,young_person_id,context_id,respondent_role,score,scale
                2026-01-10,YP1,C3,young_person,8,risk
                2026-01-10,YP1,C4,young_person,3,risk
                2026-01-10,YP2,C4,young_person,7,risk
                """,
            "places.csv": "place_id,context_id,name\nPL1,C3,Millbrook Park\nPL1,C4,\n",
        ]
        let analysis = try analyse(files)
        let map = NetworkMap(analysis: analysis, youngPeople: [0, 1])
        #expect(map.contexts.map(\.id) == ["PL1"])
        #expect(map.contexts[0].youngPeopleOfConcern == 2)
        #expect(map.links.count == 2)
        #expect(map.links.first { $0.youngPersonID == "YP1" }?.harm == 8)  // the higher of YP1's two harms there
    }
}
