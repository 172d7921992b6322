import Foundation
import Testing
@testable import ContextMap
import ContextMapGraphviz

/// Whatever people type as a name shows on the map exactly as written, and the SVG stays
/// well-formed XML.
@Suite struct HostileTextTests {
    static let hostileNames = [
        #"Bus station \ stop"#,
        "O'Neill's <bar>",
        #"Park "North""#,
        #"C:\temp\"#,
        #"ends in a backslash \"#,
        "<script>alert(1)</script>",
        "Fish & chips",
        "Skate park 🛹",
        "حديقة الحي",
        #"Label \N \G \n \l \r"#,
        "]; node [label=injected",
        String(repeating: "Very long place name ", count: 24).trimmingCharacters(in: .whitespaces),
    ]

    @Test(arguments: hostileNames)
    func aContextNameShowsExactlyAsWrittenInTheSVG(name: String) throws {
        let dataset = try datasetWithContextNames([name])
        let map = PersonMap(analysis: Analysis(dataset: dataset), youngPerson: 0)
        let drawing = try GraphvizRenderer.shared.render(map.dot, layout: .twopi, format: .svg)
        let texts = try svgTexts(drawing.bytes)
        let lines = DOTText.wrapped(name, width: 28)
        #expect(lines.joined(separator: " ") == name.split(separator: " ", omittingEmptySubsequences: false).joined(separator: " "))
        for line in lines {
            #expect(texts.contains(line), "missing line \(line.debugDescription) in \(texts)")
        }
    }

    @Test func aLongNameWrapsOntoSeveralLinesAndLosesNoCharacter() {
        let name = String(repeating: "Very long place name ", count: 24).trimmingCharacters(in: .whitespaces)
        let lines = DOTText.wrapped(name, width: 28)
        #expect(lines.count > 10)
        #expect(lines.allSatisfy { $0.count <= 28 })
        #expect(lines.joined(separator: " ") == name)
    }

    @Test func aWordLongerThanALineIsBrokenNotCut() {
        let word = String(repeating: "x", count: 70)
        #expect(DOTText.wrapped(word, width: 28) == [String(repeating: "x", count: 28), String(repeating: "x", count: 28),
                                                     String(repeating: "x", count: 14)])
    }

    @Test(arguments: hostileNames)
    func theYoungPersonsNameInTheTitleShowsExactlyAsWritten(name: String) throws {
        let dataset = try datasetWithContextNames(["Park"], youngPersonName: name)
        let map = PersonMap(analysis: Analysis(dataset: dataset), youngPerson: 0)
        let drawing = try GraphvizRenderer.shared.render(map.dot, layout: .twopi, format: .svg)
        #expect(try svgTexts(drawing.bytes).contains(map.title))
    }

    @Test func quotedTextDoublesBackslashesFirstThenEscapesQuotes() {
        #expect(DOTText.quoted(#"C:\temp\"#) == #""C:\\temp\\""#)
        #expect(DOTText.quoted(#"Park "North""#) == #""Park \"North\"""#)
        #expect(DOTText.quoted(#"\N"#) == #""\\N""#)
        #expect(DOTText.quoted("two\nlines") == #""two\nlines""#)
    }

    @Test func htmlTextIsXMLEscapedWithBackslashesDoubledAndControlCharactersReplaced() {
        #expect(DOTText.htmlEscaped(#"<b> & "q" 'a'"#) == "&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos;")
        #expect(DOTText.htmlEscaped(#"\N"#) == #"\\N"#)
        #expect(DOTText.htmlEscaped("bell\u{07}") == "bell\u{FFFD}")
    }

    @Test(arguments: hostileNames)
    func theDOTSourceIsReadByTheDotCommand(name: String) throws {
        let dot = try #require(dotCommand, "Graphviz's dot command is needed: apt-get install graphviz")
        let dataset = try datasetWithContextNames([name], youngPersonName: name)
        let source = PersonMap(analysis: Analysis(dataset: dataset), youngPerson: 0).dot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", "-Ktwopi"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(source.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot said: \(message)")
        #expect(try svgTexts(Array(svg)).contains(PersonMap(analysis: Analysis(dataset: dataset), youngPerson: 0).title))
    }

    @Test func mapFileNamesNeverLeaveTheFolderAndNeverCollide() {
        let ids = ["YP01", "../etc/passwd", "a/b", "a%2Fb", ".hidden", "with space", "Zoë"]
        let names = ids.map(MapFileName.forID)
        #expect(names[0] == "YP01")
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") })
        #expect(Set(names).count == ids.count)
    }
}
