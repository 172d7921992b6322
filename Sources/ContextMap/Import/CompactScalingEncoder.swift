/// Writes pieces of the compact scaling form (`CompactScaling`) from a checked dataset,
/// reusing its look-up arrays from one piece to the next.
struct CompactScalingEncoder {
    private let dataset: Dataset
    private var strings: PieceStrings

    init(_ dataset: Dataset) {
        precondition(RespondentRole.allCases.count <= 8 && Scale.allCases.count <= 2,
                     "a row's flags have three bits for the voice and one for the scale")
        self.dataset = dataset
        strings = PieceStrings(of: dataset)
    }

    /// The piece `number` of `count` holding the scaling rows `rows`, in that order.
    mutating func piece(_ rows: ArraySlice<Int32>, number: Int, of count: Int) -> [UInt8] {
        let scaling = dataset.scaling, links = dataset.links
        let people = dataset.youngPeople.ids, contexts = dataset.contexts.ids, names = scaling.respondentNames
        var body: [UInt8] = []
        body.reserveCapacity(rows.count * 5)
        var previous: (person: Int32, context: Int32, day: Int32)?
        for row in rows.lazy.map(Int.init) {
            let link = Int(scaling.link[row])
            let person = links.youngPerson[link], context = links.context[link], day = scaling.dates[row].daysSinceEpoch
            var flags = CompactScaling.flags(voice: scaling.roles[row], scale: scaling.scales[row])
            if person == previous?.person { flags |= CompactScaling.samePerson }
            if context == previous?.context { flags |= CompactScaling.sameContext }
            if day == previous?.day { flags |= CompactScaling.sameDay }
            previous = (person, context, day)
            body.append(flags)
            if flags & CompactScaling.samePerson == 0 {
                Self.append(number: strings.number(ofYoungPerson: person, id: people[Int(person)]), to: &body)
            }
            if flags & CompactScaling.sameContext == 0 {
                Self.append(number: strings.number(ofContext: context, id: contexts[Int(context)]), to: &body)
            }
            if flags & CompactScaling.sameDay == 0 {
                let days = UInt32(bitPattern: day)
                body.append(UInt8(truncatingIfNeeded: days))
                body.append(UInt8(truncatingIfNeeded: days >> 8))
                body.append(UInt8(truncatingIfNeeded: days >> 16))
                body.append(UInt8(truncatingIfNeeded: days >> 24))
            }
            body.append(scaling.scores[row])
            let respondent = scaling.respondent[row]
            Self.append(number: respondent < 0 ? 0 : strings.number(ofRespondent: respondent, name: names[Int(respondent)]) + 1, to: &body)
            if let comment = scaling.commentText(at: row) {
                Self.append(number: comment.utf8.count + 1, to: &body)
                body += comment.utf8
            } else {
                body.append(0)
            }
        }
        var piece: [UInt8] = [CompactScaling.version]
        for header in [number, count, rows.count, strings.strings.count] { Self.append(number: header, to: &piece) }
        for string in strings.strings {
            Self.append(number: string.count, to: &piece)
            piece += string
        }
        piece += body
        let checksum = piece.withUnsafeBytes { CompactScaling.checksum($0) }
        withUnsafeBytes(of: checksum.littleEndian) { piece += $0 }
        strings.removeAll()
        return piece
    }

    /// An unsigned LEB128 number.
    private static func append(number: Int, to bytes: inout [UInt8]) {
        var value = UInt(number)
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
