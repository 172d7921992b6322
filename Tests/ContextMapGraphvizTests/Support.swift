import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ContextMap
import TestScratch

/// The package's `Fixtures/` folder.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

/// One young person linked to one scaled context per name, in a fresh temporary folder.
func datasetWithContextNames(_ names: [String], youngPersonName: String = "A.B.") throws -> Dataset {
    let folder = try ScratchFolder.make("maps")
    defer { try? FileManager.default.removeItem(at: folder) }
    func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    let files = [
        "young_people.csv": "id,name\nYP1,\(field(youngPersonName))\n",
        "contexts.csv": "id,name,type\n" + names.enumerated().map { "C\($0.offset),\(field($0.element)),community\n" }.joined(),
        "links.csv": "young_person_id,context_id\n" + names.indices.map { "YP1,C\($0)\n" }.joined(),
        "scaling.csv": "date,young_person_id,context_id,respondent_role,score,scale\n"
            + names.indices.map { "2026-01-10,YP1,C\($0),young_person,\($0 % 11),risk\n" }.joined(),
    ]
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return try DatasetReader.read(from: folder.path)
}

/// The text of every `<text>` element of an SVG, in document order; throws when the SVG is
/// not well-formed XML.
func svgTexts(_ svg: [UInt8]) throws -> [String] {
    let collector = TextCollector()
    let parser = XMLParser(data: Data(svg))
    parser.delegate = collector
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
        throw SVGError(reason: parser.parserError.map { "\($0)" } ?? "unknown parse error")
    }
    return collector.texts
}

/// The `class` attribute of every `<g>` element of an SVG (Graphviz marks nodes, edges and
/// clusters this way).
func svgGroupClasses(_ svg: [UInt8]) throws -> [String] {
    let collector = TextCollector()
    let parser = XMLParser(data: Data(svg))
    parser.delegate = collector
    guard parser.parse() else { throw SVGError(reason: "not well-formed") }
    return collector.groupClasses
}

struct SVGError: Error, CustomStringConvertible {
    let reason: String
    var description: String { "the SVG is not well-formed XML: \(reason)" }
}

private final class TextCollector: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var groupClasses: [String] = []
    private var current: String?

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == "text" { current = "" }
        if element == "g", let kind = attributes["class"] { groupClasses.append(kind) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }
}

/// Where the `dot` command is, if Graphviz's command-line tools are installed.
let dotCommand: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }
