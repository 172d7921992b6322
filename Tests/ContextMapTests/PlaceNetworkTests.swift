import Testing
@testable import ContextMap

/// The harm-weighted place network (contexts joined through shared young people).
@Suite struct PlaceNetworkTests {
    /// The same figures by brute force: every pair of contexts against every young person.
    func bruteForce(_ analysis: Analysis, hubs: Set<Int> = []) -> [String: (Int, Double)] {
        let dataset = analysis.dataset
        var result: [String: (Int, Double)] = [:]
        let contexts = dataset.contexts.indices.filter { dataset.contexts.types[$0].isOutsideTheHome && !hubs.contains($0) }
        for a in contexts {
            for b in contexts where Figures.idPrecedes(dataset.contexts.ids[a], dataset.contexts.ids[b]) {
                var count = 0, weight = 0.0
                for person in dataset.youngPeople.indices {
                    guard let la = dataset.links.link(youngPerson: person, context: a), let lb = dataset.links.link(youngPerson: person, context: b),
                          let ha = analysis.harm[la]?.harm, let hb = analysis.harm[lb]?.harm else { continue }
                    count += 1
                    weight += min(ha, hb)
                }
                if count > 0 { result["\(dataset.contexts.ids[a])-\(dataset.contexts.ids[b])"] = (count, weight) }
            }
        }
        return result
    }

    @Test func theNetworkOfTheFixtureEqualsABruteForceCount() throws {
        let analysis = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("fictional-borough").path))
        let network = analysis.placeNetwork(hubLimit: nil)
        let expected = bruteForce(analysis)
        #expect(network.edges.count == expected.count)
        for edge in network.edges {
            let key = "\(analysis.dataset.contexts.ids[edge.first])-\(analysis.dataset.contexts.ids[edge.second])"
            let figures = try #require(expected[key], "unexpected edge \(key)")
            #expect(edge.sharedYoungPeople == figures.0)
            #expect(abs(edge.weight - figures.1) < 1e-9)
        }
        #expect(network.edges.map(\.sharedYoungPeople) == network.edges.map(\.sharedYoungPeople).sorted(by: >))
    }

    @Test func aHubIsLeftOutAndNamed() throws {
        let analysis = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("fictional-borough").path))
        let limited = analysis.placeNetwork(hubLimit: 3)
        #expect(!limited.hubs.isEmpty)
        #expect(limited.edges.allSatisfy { !limited.hubs.contains($0.first) && !limited.hubs.contains($0.second) })
        #expect(limited.edges.count == bruteForce(analysis, hubs: Set(limited.hubs)).count)
    }

    @Test func familyHomesAreNotPlacesOfTheNetwork() throws {
        let analysis = Analysis(dataset: try DatasetReader.read(from: fixtures.appendingPathComponent("fictional-borough").path))
        let types = analysis.dataset.contexts.types
        #expect(analysis.placeNetwork().edges.allSatisfy { types[$0.first] != .family && types[$0.second] != .family })
    }
}
