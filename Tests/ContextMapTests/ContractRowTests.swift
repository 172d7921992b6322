import Foundation
import Testing
@testable import ContextMap

/// The store keeps each row as the file wrote it, but in the contract's column order:
/// date, young_person_id, context_id, respondent_role, score, respondent, scale, comment.
@Suite struct ContractRowTests {
    /// Each scaling row of a file with `header` and `rows`, as the store would write it.
    private func storedLines(header: String, rows: [String]) throws -> [String] {
        let folder = try temporaryDataset(["scaling.csv": ([header] + rows).joined(separator: "\n") + "\n"])
        var lines: [String] = []
        try RawTableReader.forEachRow(in: folder, file: "scaling.csv") { row in
            var line: [UInt8] = []
            _ = row.appendAsWritten(to: &line)
            lines.append(String(decoding: line, as: UTF8.self))
        }
        return lines
    }

    @Test func aFileInTheContractsOrderIsCopiedAsWritten() throws {
        let row = "2026-01-05,YP1,C1,partner_agency,4,\"Police, North\",risk,\"said \"\"no\"\"\""
        #expect(try storedLines(header: "date,young_person_id,context_id,respondent_role,score,respondent,scale,comment", rows: [row])
            == [row + "\n"])
    }

    @Test func columnsInAnotherOrderAreMovedRunByRunWithTheirQuotes() throws {
        let lines = try storedLines(
            header: "date,young_person_id,context_id,respondent_role,respondent,score,scale,comment",
            rows: ["2026-01-05,YP1,C1,partner_agency,\"Police, North\",4,risk,\"said \"\"no\"\"\"",
                   "2026-01-05,YP1,C1,young_person,,7,,"])
        #expect(lines == ["2026-01-05,YP1,C1,partner_agency,4,\"Police, North\",risk,\"said \"\"no\"\"\"\n",
                          "2026-01-05,YP1,C1,young_person,7,,,\n"])
    }

    @Test func missingColumnsAreEmptyAndUnknownOnesAreLeftOut() throws {
        let lines = try storedLines(header: "note,score,context_id,young_person_id,date,respondent_role",
                                    rows: ["x,3,C1,YP1,2026-01-05,young_person"])
        #expect(lines == ["2026-01-05,YP1,C1,young_person,3,,,\n"])
    }

    @Test func aRowShorterThanItsHeaderGivesEmptyCellsForWhatItLacks() throws {
        let lines = try storedLines(header: "respondent_role,date,young_person_id,context_id,score,comment",
                                    rows: ["young_person,2026-01-05,YP1"])
        #expect(lines == ["2026-01-05,YP1,,young_person,,,,\n"])
    }
}
