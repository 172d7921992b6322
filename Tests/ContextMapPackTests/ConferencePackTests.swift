import ContextMap
import Foundation
import Testing
@testable import ContextMapPack
import TestScratch

/// The fictional borough, read once.
private let borough: Dataset = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fictional-borough")
    return try! DatasetReader.read(from: folder.path)
}()

/// A map as Graphviz writes it: an XML declaration and a doctype naming an external DTD first.
private let graphvizSVG = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
    <svg width="100pt" height="50pt" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg"><g id="graph0"></g></svg>
    """

private func page(for id: String, in dataset: Dataset = borough) -> String {
    let analysis = Analysis(dataset: dataset)
    return PackPage(pack: ConferencePack(analysis: analysis, youngPerson: dataset.youngPeople.index(of: id)!, mapSVG: graphvizSVG)).html
}

@Suite("The conference pack")
struct ConferencePackTests {
    @Test("It follows the agenda: the young person first, then the family, then the professionals, then the map and the rest")
    func agendaOrder() throws {
        let html = page(for: "YP01")
        let positions = PackPage.agenda.map { html.range(of: "<section id=\"\($0.anchor)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("Each voice's latest scaling of a place is shown with their own words")
    func voicesWithTheirWords() throws {
        let analysis = Analysis(dataset: borough)
        let person = borough.youngPeople.index(of: "YP01")!
        let pack = ConferencePack(analysis: analysis, youngPerson: person, mapSVG: graphvizSVG)
        let scaling = borough.scaling
        for (role, voices) in pack.voices {
            for voice in voices {
                let link = borough.links.link(youngPerson: person, context: voice.context)!
                let dates = scaling.byLink[link].filter { scaling.roles[$0] == role }.map { scaling.dates[$0] }
                #expect(voice.date == dates.max(), "only the latest scaling by each role is shown")
                if let words = voice.words { #expect(page(for: "YP01").contains(XMLText.escaped(words))) }
            }
        }
        #expect(!(pack.voices[.youngPerson] ?? []).isEmpty)
        #expect(!(pack.voices[.parentCarer] ?? []).isEmpty)
        #expect(!(pack.voices[.partnerAgency] ?? []).isEmpty)
    }

    @Test("The proposed weighting stands beside the one the last conference agreed")
    func proposedBesideAgreed() throws {
        let html = page(for: "YP01")
        #expect(html.contains("Share agreed on 2026-05-11 by <bdi>Review conference</bdi>"))
        #expect(html.contains("Share the scaling proposes"))
    }

    @Test("A place's harm is charted at every review date, oldest first")
    func harmOverTheReviews() throws {
        let analysis = Analysis(dataset: borough)
        let person = borough.youngPeople.index(of: "YP01")!
        let pack = ConferencePack(analysis: analysis, youngPerson: person, mapSVG: graphvizSVG)
        let history = try #require(pack.histories.first { !$0.harms.isEmpty })
        let link = borough.links.link(youngPerson: person, context: history.context)!
        let dates = Set(borough.scaling.byLink[link].map { borough.scaling.dates[$0] }.filter { $0 <= analysis.asOf! })
        #expect(history.harms.map(\.day) == dates.sorted())
        #expect(history.harms.last.map { $0.harm } == analysis.harm[link]?.harm)
    }

    @Test("The plan shows actions by target, the contextual focus, and high-share places no action aims at")
    func plan() throws {
        let html = page(for: "YP01")
        #expect(html.contains("Changing places and groups"))
        #expect(html.contains("Support for the family"))
        #expect(html.contains("contextual focus"))
        #expect(html.contains("Detached youth work in Millbrook Park"))
    }

    @Test("Other young people are counted, never named, and counts from 1 to 5 are not given")
    func othersAreOnlyCounted() throws {
        let html = page(for: "YP01")
        let person = borough.youngPeople.index(of: "YP01")!
        for other in borough.youngPeople.indices where other != person {
            #expect(!html.contains(borough.youngPeople.ids[other]))
            if let name = borough.youngPeople.names[other], name.count > 4 { #expect(!html.contains(name)) }
        }
        let analysis = Analysis(dataset: borough)
        for shared in analysis.sharedPlaces(of: person) where (1...5).contains(shared.othersLinked) {
            #expect(!html.contains("<td class=\"number\">\(shared.othersLinked)</td>"))
        }
        #expect(html.contains("a few"))
    }

    @Test("The page asks for nothing from anywhere: no scripts, no links, no external DTD")
    func selfContained() throws {
        let html = page(for: "YP01")
        for forbidden in ["<script", "<link", "src=", "@import", "url(", "<!DOCTYPE svg", "<?xml", "https://"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        // Namespace names are identifiers, never fetched; nothing else may name an address.
        let withoutNamespaces = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
        #expect(!withoutNamespaces.contains("http"))
        #expect(html.contains("@media print"))
    }

    @Test("Hostile text in names and words is shown as text, never as markup", arguments: [
        "<script>alert(1)</script>", "\"quoted\" & 'single'", "\u{202E}Right-to-left \u{05E9}\u{05DC}\u{05D5}\u{05DD}",
    ])
    func hostileText(text: String) throws {
        let csv = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let folder = try ScratchFolder.make("pack")
        let files = [
            "young_people.csv": "id,name,allocated_worker\nYP1,\(csv),\(csv)\n",
            "contexts.csv": "id,name,type\nC1,\(csv),community\n",
            "links.csv": "young_person_id,context_id\nYP1,C1\n",
            "scaling.csv": "date,young_person_id,context_id,respondent_role,respondent,score,comment\n2026-01-05,YP1,C1,partner_agency,\(csv),3,\(csv)\n",
            "plan_actions.csv": "young_person_id,target,context_id,action,owner\nYP1,context,C1,\(csv),\(csv)\n",
        ]
        for (name, contents) in files { try Data(contents.utf8).write(to: folder.appendingPathComponent(name)) }
        let html = page(for: "YP1", in: try DatasetReader.read(from: folder.path))
        #expect(!html.contains(text) || XMLText.escaped(text) == text)
        #expect(html.contains(XMLText.escaped(text)))
        #expect(!html.contains("<script"))
    }
}
