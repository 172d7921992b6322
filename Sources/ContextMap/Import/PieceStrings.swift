/// The strings of one piece of the compact scaling form: each young person's and context's
/// id and each respondent's name once, numbered in the order the piece's rows first use them.
struct PieceStrings {
    private(set) var strings: [[UInt8]] = []
    /// By young person, context and respondent index: the string's number, or -1 when this
    /// piece has not used it; set back to -1 by `removeAll` through `used`.
    private var people: [Int32], contexts: [Int32], respondents: [Int32]
    private var used: (people: [Int32], contexts: [Int32], respondents: [Int32]) = ([], [], [])

    init(of dataset: Dataset) {
        people = Array(repeating: -1, count: dataset.youngPeople.count)
        contexts = Array(repeating: -1, count: dataset.contexts.count)
        respondents = Array(repeating: -1, count: dataset.scaling.respondentNames.count)
    }

    mutating func number(ofYoungPerson index: Int32, id: @autoclosure () -> String) -> Int {
        Self.number(of: index, &people, &used.people, &strings, id)
    }

    mutating func number(ofContext index: Int32, id: @autoclosure () -> String) -> Int {
        Self.number(of: index, &contexts, &used.contexts, &strings, id)
    }

    mutating func number(ofRespondent index: Int32, name: @autoclosure () -> String) -> Int {
        Self.number(of: index, &respondents, &used.respondents, &strings, name)
    }

    /// Empties the strings for the next piece.
    mutating func removeAll() {
        for index in used.people { people[Int(index)] = -1 }
        for index in used.contexts { contexts[Int(index)] = -1 }
        for index in used.respondents { respondents[Int(index)] = -1 }
        used = ([], [], [])
        strings.removeAll(keepingCapacity: true)
    }

    /// One kind's string number for `index`, given one the first time. Flat arrays passed in
    /// `inout`: an array of arrays cost a quarter of the encoding's time.
    private static func number(of index: Int32, _ numbers: inout [Int32], _ used: inout [Int32], _ strings: inout [[UInt8]],
                               _ text: () -> String) -> Int {
        let existing = numbers[Int(index)]
        if existing >= 0 { return Int(existing) }
        numbers[Int(index)] = Int32(strings.count)
        used.append(index)
        strings.append(Array(text().utf8))
        return strings.count - 1
    }
}
