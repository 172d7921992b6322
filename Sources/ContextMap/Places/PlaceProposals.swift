import Foundation

/// Proposes which contexts from different partners are the same real place, for a person
/// to review before anything is merged.
///
/// Two contexts of the same type (never family homes) are proposed when their names match
/// once normalised, or every distinctive word of one is in the other; or when they share a
/// distinctive word and either the same postcode or coordinates within `radius` metres.
/// Candidates come from shared words, postcodes and map cells, never from every pair.
public struct PlaceProposals: Sendable {
    /// Proposed places: groups of two or more contexts, in order of their first context's id.
    public let groups: [[Int]]
    /// The pairs that joined them, with their reasons.
    public let matches: [PlaceMatch]

    public init(dataset: Dataset, radius: Double = 100) {
        let contexts = dataset.contexts
        let candidates = contexts.indices.filter { contexts.types[$0] != .family }
        let names = Dictionary(uniqueKeysWithValues: candidates.map { ($0, PlaceName(contexts.names[$0])) })

        var pairs = Set<Pair>()
        func addBucket(_ members: [Int]) {
            guard members.count > 1, members.count <= 200 else { return }  // a word on hundreds of contexts says nothing
            for i in members.indices { for j in members.indices where i < j { pairs.insert(Pair(members[i], members[j])) } }
        }
        var byWord: [String: [Int]] = [:], byPostcode: [String: [Int]] = [:], byCell: [CellKey: [Int]] = [:]
        for context in candidates {
            for word in names[context]!.distinctiveWords { byWord[word, default: []].append(context) }
            if let postcode = contexts.postcodes[context].map(Self.normalisedPostcode), !postcode.isEmpty {
                byPostcode[postcode, default: []].append(context)
            }
            if let latitude = contexts.latitudes[context], let longitude = contexts.longitudes[context] {
                byCell[CellKey(latitude: latitude, longitude: longitude, size: radius), default: []].append(context)
            }
        }
        byWord.values.forEach(addBucket)
        byPostcode.values.forEach(addBucket)
        // Points within the radius are in the same or a neighbouring cell.
        for (cell, members) in byCell {
            var near = members
            for neighbour in cell.neighbours where neighbour != cell { near += byCell[neighbour] ?? [] }
            for a in members { for b in near where a != b { pairs.insert(Pair(a, b)) } }
        }

        var matches: [PlaceMatch] = []
        var sets = DisjointSets(count: contexts.count)
        for pair in pairs.sorted(by: { ($0.low, $0.high) < ($1.low, $1.high) }) {
            let (a, b) = (pair.low, pair.high)
            guard contexts.types[a] == contexts.types[b] else { continue }
            let reasons = Self.reasons(a, b, names: names, contexts: contexts, radius: radius)
            guard !reasons.isEmpty else { continue }
            matches.append(PlaceMatch(first: a, second: b, reasons: reasons))
            sets.union(a, b)
        }
        var byRoot: [Int: [Int]] = [:]
        for match in matches {
            for context in [match.first, match.second] { byRoot[sets.find(context), default: []].append(context) }
        }
        let byID = { (a: Int, b: Int) in Figures.idPrecedes(contexts.ids[a], contexts.ids[b]) }
        groups = byRoot.values.map { Array(Set($0)).sorted(by: byID) }.sorted { byID($0[0], $1[0]) }
        self.matches = matches.sorted { byID($0.first, $1.first) || ($0.first == $1.first && byID($0.second, $1.second)) }
    }

    /// Why `a` and `b` look like one place, or nothing when they do not.
    static func reasons(_ a: Int, _ b: Int, names: [Int: PlaceName], contexts: Contexts, radius: Double) -> [String] {
        let nameA = names[a]!, nameB = names[b]!
        var nameReasons: [String] = []
        if nameA.words == nameB.words {
            nameReasons.append("the same name once normalised (\"\(nameA.text)\")")
        } else {
            let wordsA = nameA.distinctiveWords, wordsB = nameB.distinctiveWords
            if !wordsA.isEmpty, !wordsB.isEmpty, wordsA.isSubset(of: wordsB) || wordsB.isSubset(of: wordsA),
               Set(nameA.words).isSubset(of: Set(nameB.words)) || Set(nameB.words).isSubset(of: Set(nameA.words)) {
                nameReasons.append("every word of \"\(nameA.words.count < nameB.words.count ? nameA.text : nameB.text)\" is in the other name")
            }
        }
        var placeReasons: [String] = []
        if let postcodeA = contexts.postcodes[a].map(normalisedPostcode), !postcodeA.isEmpty,
           postcodeA == contexts.postcodes[b].map(normalisedPostcode) {
            placeReasons.append("the same postcode (\(contexts.postcodes[a]!))")
        }
        if let latA = contexts.latitudes[a], let lonA = contexts.longitudes[a],
           let latB = contexts.latitudes[b], let lonB = contexts.longitudes[b] {
            let metres = distance(latA, lonA, latB, lonB)
            if metres <= radius { placeReasons.append("\(Int(metres.rounded())) m apart") }
        }
        let sharesAWord = !nameA.distinctiveWords.isDisjoint(with: nameB.distinctiveWords)
        if !nameReasons.isEmpty { return nameReasons + placeReasons }
        if sharesAWord, !placeReasons.isEmpty { return placeReasons + ["names share \"\(nameA.distinctiveWords.intersection(nameB.distinctiveWords).sorted().joined(separator: "\", \""))\""] }
        return []
    }

    /// "xb1 1aa" and "XB11AA" are the same postcode.
    static func normalisedPostcode(_ postcode: String) -> String {
        postcode.uppercased().filter { !$0.isWhitespace }
    }

    /// Great-circle distance in metres (haversine, mean Earth radius).
    static func distance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians, dLon = (lon2 - lon1) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371_008.8 * asin(min(1, h.squareRoot()))
    }

    private struct Pair: Hashable {
        let low: Int, high: Int
        init(_ a: Int, _ b: Int) { (low, high) = a < b ? (a, b) : (b, a) }
    }

    /// A square cell of about `size` metres on a side.
    private struct CellKey: Hashable {
        let row: Int, column: Int

        init(row: Int, column: Int) { (self.row, self.column) = (row, column) }

        init(latitude: Double, longitude: Double, size: Double) {
            let metresPerDegree = 111_320.0
            row = Int((latitude * metresPerDegree / size).rounded(.down))
            column = Int((longitude * metresPerDegree * cos(latitude * .pi / 180) / size).rounded(.down))
        }

        var neighbours: [CellKey] {
            (-1...1).flatMap { dr in (-1...1).map { dc in CellKey(row: row + dr, column: column + dc) } }
        }
    }
}
