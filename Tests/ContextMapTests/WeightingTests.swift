import Testing
@testable import ContextMap

/// Context weighting of a young person (data contract, section 2).
@Suite struct WeightingTests {
    let contexts = """
        id,name,type
        C1,Home,family
        C2,Park,community
        C3,School,school
        C4,Friends,peer
        C5,Snapchat,online
        """
    let links = """
        young_person_id,context_id
        YP1,C1
        YP1,C2
        YP1,C3
        YP1,C4
        YP1,C5
        """

    @Test func sharesDivideOneHundredByHarmHighestFirstAndUnscaledContextsLastById() throws {
        let analysis = try analyse(["contexts.csv": contexts, "links.csv": links, "scaling.csv": """
            date,young_person_id,context_id,respondent_role,score
            2026-01-10,YP1,C1,young_person,8
            2026-01-10,YP1,C2,young_person,4
            2026-01-10,YP1,C4,young_person,6
            """])
        let shares = analysis.shares(of: "YP1")
        #expect(shares.map(\.0) == ["C2", "C4", "C1", "C3", "C5"])
        #expect(close(shares[0].1, 100 * 6 / 12.0))
        #expect(close(shares[1].1, 100 * 4 / 12.0))
        #expect(close(shares[2].1, 100 * 2 / 12.0))
        #expect(shares[3].1 == nil && shares[4].1 == nil)
    }

    @Test func whenEveryContextIsSafeAllSharesAreZeroAndTiesGoByContextId() throws {
        let analysis = try analyse(["contexts.csv": contexts, "links.csv": links, "scaling.csv": """
            date,young_person_id,context_id,respondent_role,score
            2026-01-10,YP1,C4,young_person,10
            2026-01-10,YP1,C2,young_person,10
            """])
        let shares = analysis.shares(of: "YP1")
        #expect(shares.map(\.0) == ["C2", "C4", "C1", "C3", "C5"])
        #expect(shares.prefix(2).allSatisfy { $0.1 == 0 })
    }

    @Test func equalSharesAreATieBrokenByContextIdWhateverTheRowOrder() throws {
        let analysis = try analyse(["contexts.csv": contexts, "links.csv": links, "scaling.csv": """
            date,young_person_id,context_id,respondent_role,score
            2026-01-10,YP1,C5,young_person,7
            2026-01-10,YP1,C5,parent_carer,6
            2026-01-10,YP1,C5,partner_agency,7
            2026-01-10,YP1,C2,young_person,6
            2026-01-10,YP1,C2,parent_carer,7
            2026-01-10,YP1,C2,partner_agency,7
            """])
        #expect(analysis.shares(of: "YP1").prefix(2).map(\.0) == ["C2", "C5"])
    }

    @Test func anAgreedWeightingIsShownBesideTheComputedOneNeverInsteadOfIt() throws {
        let analysis = try analyse(["contexts.csv": contexts, "links.csv": links, "scaling.csv": """
            date,young_person_id,context_id,respondent_role,score
            2026-01-10,YP1,C1,young_person,8
            2026-01-10,YP1,C2,young_person,2
            """, "agreed_weighting.csv": """
            date,young_person_id,context_id,share,agreed_by
            2026-01-10,YP1,C1,70,Initial conference
            2026-01-10,YP1,C2,30,Initial conference
            2026-02-10,YP1,C1,40,Review
            2026-02-10,YP1,C2,60,Review
            """])
        let weighting = analysis.weighting(of: analysis.youngPerson("YP1"))
        #expect(weighting.agreed?.date == Day("2026-01-10"), "an agreement after the as-of date is not yet made")
        #expect(weighting.agreed?.agreedBy == "Initial conference")
        let park = try #require(weighting.entries.first { analysis.dataset.contexts.ids[$0.context] == "C2" })
        #expect(close(park.share, 80))
        #expect(park.agreedShare == 30)
    }
}
