import Testing
@testable import ContextMap

/// Current harm of a context for a young person (data contract, section 2).
@Suite struct HarmTests {
    let scaling = """
        date,young_person_id,context_id,respondent_role,score,respondent,scale
        2026-01-10,YP1,C1,young_person,8,,
        2026-01-10,YP1,C1,partner_agency,4,Police,
        2026-03-01,YP1,C1,young_person,9,,
        2026-03-01,YP1,C1,parent_carer,5,Mum,
        2026-03-01,YP1,C1,partner_agency,2,Police,
        2026-03-01,YP1,C1,partner_agency,2,School DSL,
        2026-03-01,YP1,C1,partner_agency,5,YOT,
        """

    @Test func harmIsTheMeanOfRoleMeansSoEachVoiceWeighsTheSame() throws {
        let analysis = try analyse(["scaling.csv": scaling])
        let harm = try #require(analysis.harm(of: "YP1", at: "C1"))
        // young person 10−9 = 1; parent/carer 10−5 = 5; agencies (8 + 8 + 5) / 3 = 7.
        #expect(harm.roleHarms == RoleHarms(youngPerson: 1, parentCarer: 5, partnerAgency: 7))
        #expect(close(harm.harm, 13.0 / 3))
        #expect(harm.date == Day("2026-03-01"))
    }

    @Test func spreadIsTheWidestDisagreementAtTheLatestDate() throws {
        let harm = try #require(try analyse(["scaling.csv": scaling]).harm(of: "YP1", at: "C1"))
        #expect(harm.spread == 8 - 1)
    }

    @Test func trendComparesWithThePreviousScalingDate() throws {
        let harm = try #require(try analyse(["scaling.csv": scaling]).harm(of: "YP1", at: "C1"))
        // 2026-01-10: young person 2, agencies 6 → 4.
        #expect(close(harm.trend, 13.0 / 3 - 4))
    }

    @Test func asOfAnEarlierDateIgnoresLaterScalingAndHasNoTrendWithoutAnEarlierDate() throws {
        let analysis = try analyse(["scaling.csv": scaling], options: AnalysisOptions(asOf: Day("2026-02-01")))
        let harm = try #require(analysis.harm(of: "YP1", at: "C1"))
        #expect(harm.harm == 4)
        #expect(harm.trend == nil)
        #expect(analysis.asOf == Day("2026-02-01"))
    }

    @Test func aContextScaledOnlyAfterTheAsOfDateHasNoHarm() throws {
        let analysis = try analyse(["scaling.csv": scaling], options: AnalysisOptions(asOf: Day("2025-12-31")))
        #expect(analysis.harm(of: "YP1", at: "C1") == nil)
    }

    @Test func theRiskScaleReadsScoresAsHarmAndTheSafetyScaleTurnsThemRound() throws {
        let analysis = try analyse(["scaling.csv": """
            date,young_person_id,context_id,respondent_role,score,scale
            2026-01-10,YP1,C1,young_person,8,risk
            2026-01-10,YP2,C1,young_person,8,safety
            2026-01-10,YP2,C1,parent_carer,8,
            """])
        #expect(analysis.harm(of: "YP1", at: "C1")?.harm == 8)
        #expect(analysis.harm(of: "YP2", at: "C1")?.harm == 2)
    }

    @Test(arguments: [(7.0, true), (6.999, false)])
    func significantMeansHarmAtOrAboveTheThreshold(threshold: Double, significant: Bool) throws {
        let analysis = try analyse(["scaling.csv": """
            date,young_person_id,context_id,respondent_role,score
            2026-01-10,YP1,C1,young_person,3
            2026-01-10,YP1,C1,parent_carer,4
            2026-01-10,YP1,C1,partner_agency,2
            """], options: AnalysisOptions(significant: threshold == 7 ? 7 : 7.0005))
        // (7 + 6 + 8) / 3 = 7 exactly.
        #expect(analysis.harm(of: "YP1", at: "C1")?.isSignificant == significant)
    }

    @Test func roleWeightsAreAnOption() throws {
        var options = AnalysisOptions()
        options.roleWeights = RoleWeights(youngPerson: 2, parentCarer: 1, partnerAgency: 1)
        let harm = try #require(try analyse(["scaling.csv": scaling], options: options).harm(of: "YP1", at: "C1"))
        #expect(close(harm.harm, (2 * 1 + 5 + 7) / 4.0))
    }
}
