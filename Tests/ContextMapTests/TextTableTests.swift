import Testing
@testable import ContextMap

/// Tables for a terminal show every cell on its own line, whatever the data holds.
@Suite struct TextTableTests {
    @Test func aLineBreakOrEscapeSequenceInACellIsShownNotObeyed() {
        var table = TextTable([("Who", .left), ("What", .left)])
        table.add(["evil\n2026-01-01  admin", "\u{1B}[2Jimport\tnow"])
        let lines = table.render().split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("evil\\n2026-01-01  admin"))
        #expect(lines[1].contains("\\u{1B}[2Jimport now"))
        #expect(!lines[1].unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func plainCellsAreLeftAsTheyAre() {
        #expect(TextTable.printable("Amélie Nováková, 14") == "Amélie Nováková, 14")
    }
}
