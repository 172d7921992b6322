import Foundation
import Testing
@testable import ContextMap
import ContextMapGraphviz

/// The fictional borough's maps, checked by their structure.
@Suite struct FixtureMapTests {
    let analysis: Analysis

    init() throws {
        analysis = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("fictional-borough").path))
    }

    @Test func aYoungPersonsMapHasTheYoungPersonEveryContextItsLinesAndAKey() throws {
        let person = try #require(analysis.dataset.youngPeople.index(of: "YP03"))
        let map = PersonMap(analysis: analysis, youngPerson: person)
        let drawing = try GraphvizRenderer.shared.render(map.dot, layout: .twopi, format: .svg)
        let classes = try svgGroupClasses(drawing.bytes)
        #expect(classes.filter { $0 == "node" }.count == map.contexts.count + 2)  // the young person, the contexts, the key
        #expect(classes.filter { $0 == "edge" }.count == map.contexts.count)
        let texts = try svgTexts(drawing.bytes)
        #expect(texts.contains(map.title))
        #expect(texts.contains("Key"))
        for context in map.contexts {
            #expect(texts.contains(DOTText.wrapped(context.name, width: 28)[0]))
        }
        #expect(map.title.hasSuffix("as of 2026-05-11"))
    }

    @Test func contextsAreGroupedByTypeWithTheFamilyLast() throws {
        for person in analysis.dataset.youngPeople.indices {
            let types = PersonMap(analysis: analysis, youngPerson: person).contexts.map(\.type)
            let order = types.map { ContextType.mapOrder.firstIndex(of: $0)! }
            #expect(order == order.sorted())
        }
    }

    @Test func theMapsFactsAreTheWeightingsFigures() throws {
        let person = try #require(analysis.dataset.youngPeople.index(of: "YP03"))
        let map = PersonMap(analysis: analysis, youngPerson: person)
        let weighting = analysis.weighting(of: person)
        #expect(Set(map.contexts.map(\.context)) == Set(weighting.entries.map(\.context)))
        for context in map.contexts {
            let entry = try #require(weighting.entries.first { $0.context == context.context })
            #expect(context.share == entry.share)
            #expect(context.harm == entry.harm)
            #expect(context.band == HarmBand(harm: entry.harm?.harm, options: analysis.options))
        }
    }

    @Test func unscaledContextsAreDashedAndWideDisagreementIsDoubleOutlined() throws {
        let person = try #require(analysis.dataset.youngPeople.index(of: "YP03"))
        let map = PersonMap(analysis: analysis, youngPerson: person)
        let wide = try #require(map.contexts.first { $0.voicesDisagreeWidely })
        let position = try #require(map.contexts.firstIndex { $0.context == wide.context })
        #expect(map.dot.contains("c\(position) [") && map.dot.split(separator: "\n").contains { $0.contains("c\(position) [") && $0.contains("peripheries=2") })
        for (index, context) in map.contexts.enumerated() where context.band == .unscaled {
            #expect(map.dot.split(separator: "\n").contains { $0.contains("yp -- c\(index) ") && $0.contains("style=dashed") })
        }
    }

    @Test func aClustersNetworkDrawsItsMembersAndTheContextsTheyShare() throws {
        let cluster = try #require(analysis.peerClusters().first)
        let map = NetworkMap(analysis: analysis, youngPeople: cluster.members)
        #expect(map.youngPeople.count == cluster.members.count)
        for context in cluster.contexts {
            #expect(map.contexts.contains { $0.context == context })
        }
        let drawing = try GraphvizRenderer.shared.render(map.dot, layout: .neato, format: .svg)
        let classes = try svgGroupClasses(drawing.bytes)
        #expect(classes.filter { $0 == "node" }.count == map.nodeCount + 1)
        #expect(classes.filter { $0 == "edge" }.count == map.links.count)
    }
}
