import Foundation
import Testing
@testable import ContextMap

/// Scaling rows are read by shortcuts (the same bytes as the last row's id or date; one of
/// the young person's linked contexts); each row must read exactly as the long way reads it.
@Suite struct ReadingShortcutTests {
    /// Each scaling row's (young person, context) ids, as read.
    private func scaledPairs(_ dataset: Dataset) -> [String] {
        dataset.scaling.link.map { link in
            let link = Int(link)
            return dataset.youngPeople.ids[Int(dataset.links.youngPerson[link])] + "/" + dataset.contexts.ids[Int(dataset.links.context[link])]
        }
    }

    private func read(links: String, scaling: String, youngPeople: String = "id\nYP1\nYP2\n",
                      contexts: String = "id,name,type\nC1,Park,community\nC2,School,school\nC3,Station,community\n") throws -> Dataset {
        try DatasetReader.read(from: temporaryDataset([
            "young_people.csv": youngPeople,
            "contexts.csv": contexts,
            "links.csv": "young_person_id,context_id\n" + links,
            "scaling.csv": "date,young_person_id,context_id,respondent_role,score\n" + scaling,
        ]))
    }

    @Test func rowsCyclingThroughAYoungPersonsContextsReadAsWritten() throws {
        let dataset = try read(links: "YP1,C1\nYP1,C2\nYP2,C2\n", scaling: """
            2026-01-05,YP1,C1,young_person,3
            2026-01-05,YP1,C2,young_person,4
            2026-01-05,YP1,C1,parent_carer,5
            2026-01-05,YP2,C2,young_person,6
            2026-01-05,YP1,C2,young_person,7

            """)
        #expect(scaledPairs(dataset) == ["YP1/C1", "YP1/C2", "YP1/C1", "YP2/C2", "YP1/C2"])
        #expect(dataset.warnings.kept.isEmpty)
    }

    @Test func aContextTheYoungPersonIsNotLinkedToStillAddsTheLinkWithAWarning() throws {
        // C3 is a context, linked to YP2 only: YP1's row must not borrow YP2's link.
        let dataset = try read(links: "YP1,C1\nYP2,C3\n", scaling: """
            2026-01-05,YP1,C1,young_person,3
            2026-01-05,YP1,C3,young_person,4

            """)
        #expect(scaledPairs(dataset) == ["YP1/C1", "YP1/C3"])
        #expect(dataset.warnings.kept.map(\.description).contains { $0.contains("scales C3 for YP1, who has no link to it") })
    }

    @Test func quotedIdsReadAsTheirUnquotedSelves() throws {
        let dataset = try read(links: "YP1,C1\n", scaling: """
            2026-01-05,YP1,C1,young_person,3
            2026-01-05,"YP1","C1",young_person,4

            """)
        #expect(scaledPairs(dataset) == ["YP1/C1", "YP1/C1"])
    }

    @Test func idsLongerThanSixteenBytesThatDifferOnlyInTheMiddleAreToldApart() throws {
        let first = "YP-aaaaaaaa-1-bbbbbbbb", second = "YP-aaaaaaaa-2-bbbbbbbb"
        let place = "C-cccccccc-1-dddddddd", other = "C-cccccccc-2-dddddddd"
        let dataset = try read(
            links: "\(first),\(place)\n\(first),\(other)\n\(second),\(other)\n",
            scaling: """
            2026-01-05,\(first),\(place),young_person,3
            2026-01-05,\(second),\(other),young_person,4
            2026-01-05,\(first),\(other),young_person,5

            """,
            youngPeople: "id\n\(first)\n\(second)\n",
            contexts: "id,name,type\n\(place),Park,community\n\(other),School,school\n")
        #expect(scaledPairs(dataset) == ["\(first)/\(place)", "\(second)/\(other)", "\(first)/\(other)"])
    }

    @Test func aBadIdAfterAGoodOneIsStillReported() throws {
        let error = try #require(throws: DatasetError.self) {
            try read(links: "YP1,C1\n", scaling: """
                2026-01-05,YP1,C1,young_person,3
                2026-01-05,YP1 ,C1,young_person,4
                2026-01-05,YP1,C1 ,young_person,5
                2026-01-05,YP9,C1,young_person,6

                """)
        }
        let notAnId = "is not an id; expected 1 to 64 letters, digits, '_', '.' or '-'"
        #expect(error.errors.kept.map(\.description) == [
            "scaling.csv:3: column young_person_id: \"YP1 \" \(notAnId)",
            "scaling.csv:4: column context_id: \"C1 \" \(notAnId)",
            "scaling.csv:5: column young_person_id: \"YP9\" is not a young person in young_people.csv",
        ])
    }

    @Test func aRepeatedDateReadsAsItselfAndABadDateAfterItIsStillReported() throws {
        let rows = ["2026-01-05", "2026-01-05", "\"2026-01-05\"", "2026-01-06", "2026-01-05"]
        let dataset = try read(links: "YP1,C1\n", scaling: rows.map { "\($0),YP1,C1,young_person,3\n" }.joined())
        #expect(dataset.scaling.dates.map(\.description) == ["2026-01-05", "2026-01-05", "2026-01-05", "2026-01-06", "2026-01-05"])

        let error = try #require(throws: DatasetError.self) {
            try read(links: "YP1,C1\n", scaling: "2026-01-05,YP1,C1,young_person,3\n2026-02-30,YP1,C1,young_person,3\n")
        }
        #expect(error.errors.kept.map(\.description) == [
            "scaling.csv:3: column date: \"2026-02-30\" is not a date; expected YYYY-MM-DD, a real calendar date",
        ])
    }
}
