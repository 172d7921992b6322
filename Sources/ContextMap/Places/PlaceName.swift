import Foundation

/// A place name reduced to comparable words: case, accents and punctuation gone, common
/// abbreviations written out ("St" → "street", "Rd" → "road"), so that "Tesco Express,
/// High St" and "tesco high street" can be compared word by word.
public struct PlaceName: Sendable, Hashable {
    public let words: [String]

    public init(_ name: String) {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if scalar == "&" {
                if !word.isEmpty { words.append(word); word = "" }
                words.append("and")
            } else if scalar != "'" && scalar != "’" {  // "O'Neill's" → "oneills"
                if !word.isEmpty { words.append(word); word = "" }
            }
        }
        if !word.isEmpty { words.append(word) }
        self.words = words.map { Self.abbreviations[$0] ?? $0 }
    }

    /// The words written out, for reading.
    public var text: String { words.joined(separator: " ") }

    /// Words that say what kind of place it is, not which one: two names sharing only
    /// these are not the same place.
    public var distinctiveWords: Set<String> { Set(words).subtracting(Self.generic) }

    static let abbreviations = [
        "st": "street", "rd": "road", "ave": "avenue", "av": "avenue", "ln": "lane", "sq": "square",
        "pk": "park", "stn": "station", "ctr": "centre", "cntr": "centre", "center": "centre",
        "pl": "place", "cres": "crescent", "dr": "drive", "gdns": "gardens", "hse": "house",
        "est": "estate", "sch": "school", "coll": "college", "acad": "academy", "rec": "recreation",
        "bldg": "building", "n": "north", "s": "south", "e": "east", "w": "west",
    ]

    static let generic: Set<String> = [
        "the", "and", "of", "street", "road", "avenue", "lane", "square", "park", "station", "centre",
        "place", "crescent", "drive", "gardens", "house", "estate", "school", "college", "academy",
        "north", "south", "east", "west", "high", "bus", "train", "shop", "shops", "store", "group",
    ]
}
