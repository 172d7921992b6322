import Foundation

/// A second, compact form of a store's scaling rows, which is what loading the store reads.
///
/// The CSV text of the case records stays the record: it is what an export gives back, an
/// import merges into and every write checks. Loading it costs what reading the CSV file
/// costs and then SQLite's own work on top, so the store loaded more slowly than the folder
/// it came from. This form holds the same rows with dates, voices, scores and scales as
/// numbers and each id or respondent once per piece: about a sixth of the bytes, and no
/// text to parse. It is written from a checked `Dataset` and read back into the same columns
/// the CSV reader gives (`ScalingTableReader.read(compact:fromLine:)`); a piece that is
/// damaged or names an id the dataset lacks is not used, and the CSV text is read instead.
///
/// A piece, little-endian, numbers as unsigned LEB128:
/// - the version (one byte); the piece's number, the number of pieces, its rows (`Header`);
///   the number of strings;
/// - each string (a young person's or context's id, a respondent): its length, its UTF-8 bytes;
/// - each row: a byte with the voice (bits 0–2), the scale (bit 3) and whether the row has
///   the young person (`samePerson`), context (`sameContext`) and date (`sameDay`) of the
///   row before it; then, where it has not, the young person's and context's string numbers
///   and the date (four bytes, days since 1970-01-01); the score (one byte); the respondent
///   (0 for none, else its string number + 1); the comment (0 for none, else its length + 1,
///   then its UTF-8 bytes);
/// - a checksum of all the bytes before it (eight bytes, `checksum(_:)`): the text has
///   SQLite's own checks of what it reads, and a piece changed by a single bit must not be
///   read as a voice or score that nobody gave.
public enum CompactScaling {
    static let version: UInt8 = 2
    static let samePerson: UInt8 = 0x10, sameContext: UInt8 = 0x20, sameDay: UInt8 = 0x40

    /// Rows a piece holds: enough pieces to share among cores, few enough that SQLite hands
    /// over a few large values rather than many small ones.
    public static let rowsPerPiece = 65_536

    /// The scaling rows of `dataset` in pieces, in the order `rows` gives (by default the
    /// dataset's own). There is always at least one piece, so that a store with no scaling
    /// rows still says so.
    public static func pieces(of dataset: Dataset, rows: [Int32]? = nil, rowsPerPiece: Int = rowsPerPiece) -> [[UInt8]] {
        let order = rows ?? Array(0..<Int32(dataset.scaling.count))
        let count = max(1, (order.count + rowsPerPiece - 1) / rowsPerPiece)
        // A run of pieces a core, each run with one encoder's look-up arrays.
        let cores = min(count, ProcessInfo.processInfo.activeProcessorCount)
        let input = Input(dataset: dataset, order: order)
        return ConcurrentPieces.perform(iterations: cores) { core in
            var encoder = Encoder(input.dataset)
            return (count * core / cores..<count * (core + 1) / cores).map { piece in
                encoder.piece(input.order[piece * rowsPerPiece..<min(input.order.count, (piece + 1) * rowsPerPiece)],
                              number: piece, of: count)
            }
        }.flatMap { $0 }
    }

    private struct Input: @unchecked Sendable {
        // @unchecked: read only, by the threads of one call that outlives them.
        let dataset: Dataset
        let order: [Int32]
    }

    /// What a piece says of itself, where its strings start.
    struct Header {
        let number: Int, count: Int, rows: Int
        let size: Int
    }

    /// The start of `piece`, read without checking the rest; `nil` when it is not a piece of
    /// this version.
    static func header(of piece: UnsafeRawBufferPointer) -> Header? {
        var cursor = ByteCursor(piece)
        guard cursor.byte() == version, let number = cursor.number(), let count = cursor.number(),
              let rows = cursor.number() else { return nil }
        return Header(number: number, count: count, rows: rows, size: cursor.offset)
    }

    /// The piece without its checksum, when the checksum matches it.
    static func checkedContents(of piece: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard piece.count >= 8 else { return nil }
        let contents = UnsafeRawBufferPointer(rebasing: piece[..<(piece.count - 8)])
        guard piece.loadUnaligned(fromByteOffset: piece.count - 8, as: UInt64.self).littleEndian == checksum(contents) else { return nil }
        return contents
    }

    /// A 64-bit checksum a word at a time. Each step is a one-to-one function of the state
    /// and the word, so any change within one word always changes the result.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var state = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        func mix(_ word: UInt64) {
            state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 29
        }
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        mix(tail)
        return state
    }

    /// Writes pieces, reusing its look-up arrays from one piece to the next.
    private struct Encoder {
        let dataset: Dataset
        /// Each young person's, context's and respondent's string number in the current
        /// piece, or -1; reset after each piece through `used`.
        var personString: [Int32], contextString: [Int32], respondentString: [Int32]
        var used: (people: [Int32], contexts: [Int32], respondents: [Int32]) = ([], [], [])
        var strings: [[UInt8]] = []

        init(_ dataset: Dataset) {
            precondition(RespondentRole.allCases.count <= 8 && Scale.allCases.count <= 2,
                         "a row's first byte has three bits for the voice and one for the scale")
            self.dataset = dataset
            personString = Array(repeating: -1, count: dataset.youngPeople.count)
            contextString = Array(repeating: -1, count: dataset.contexts.count)
            respondentString = Array(repeating: -1, count: dataset.scaling.respondentNames.count)
        }

        mutating func piece(_ rows: ArraySlice<Int32>, number: Int, of count: Int) -> [UInt8] {
            let scaling = dataset.scaling, links = dataset.links
            let people = dataset.youngPeople.ids, contexts = dataset.contexts.ids, names = scaling.respondentNames
            var body: [UInt8] = []
            body.reserveCapacity(rows.count * 5)
            var previous: (person: Int32, context: Int32, day: Int32)?
            for row in rows.lazy.map(Int.init) {
                let link = Int(scaling.link[row])
                let p = links.youngPerson[link], c = links.context[link], day = scaling.dates[row].daysSinceEpoch
                var kinds = UInt8(scaling.roles[row].index) | (scaling.scales[row] == .risk ? 0x08 : 0)
                if p == previous?.person { kinds |= samePerson }
                if c == previous?.context { kinds |= sameContext }
                if day == previous?.day { kinds |= sameDay }
                previous = (p, c, day)
                body.append(kinds)
                if kinds & samePerson == 0 {
                    Self.append(number: Self.number(p, &personString, &used.people, &strings, people[Int(p)]), to: &body)
                }
                if kinds & sameContext == 0 {
                    Self.append(number: Self.number(c, &contextString, &used.contexts, &strings, contexts[Int(c)]), to: &body)
                }
                if kinds & sameDay == 0 {
                    let days = UInt32(bitPattern: day)
                    body.append(UInt8(truncatingIfNeeded: days))
                    body.append(UInt8(truncatingIfNeeded: days >> 8))
                    body.append(UInt8(truncatingIfNeeded: days >> 16))
                    body.append(UInt8(truncatingIfNeeded: days >> 24))
                }
                body.append(scaling.scores[row])
                let respondent = scaling.respondent[row]
                let name = respondent < 0 ? -1 : Self.number(respondent, &respondentString, &used.respondents, &strings, names[Int(respondent)])
                Self.append(number: name + 1, to: &body)
                if let comment = scaling.commentText(at: row) {
                    Self.append(number: comment.utf8.count + 1, to: &body)
                    body += comment.utf8
                } else {
                    body.append(0)
                }
            }
            var piece: [UInt8] = [version]
            Self.append(number: number, to: &piece)
            Self.append(number: count, to: &piece)
            Self.append(number: rows.count, to: &piece)
            Self.append(number: strings.count, to: &piece)
            for string in strings {
                Self.append(number: string.count, to: &piece)
                piece += string
            }
            piece += body
            let sum = piece.withUnsafeBytes { checksum($0) }
            withUnsafeBytes(of: sum.littleEndian) { piece += $0 }
            for index in used.people { personString[Int(index)] = -1 }
            for index in used.contexts { contextString[Int(index)] = -1 }
            for index in used.respondents { respondentString[Int(index)] = -1 }
            used = ([], [], [])
            strings.removeAll(keepingCapacity: true)
            return piece
        }

        /// The string number in this piece of the young person, context or respondent `index`
        /// (`numbers` holds their kind's), given one the first time it is used.
        private static func number(_ index: Int32, _ numbers: inout [Int32], _ used: inout [Int32], _ strings: inout [[UInt8]],
                                   _ text: @autoclosure () -> String) -> Int {
            let existing = numbers[Int(index)]
            if existing >= 0 { return Int(existing) }
            numbers[Int(index)] = Int32(strings.count)
            used.append(index)
            strings.append(Array(text().utf8))
            return strings.count - 1
        }

        private static func append(number: Int, to bytes: inout [UInt8]) {
            var value = UInt(number)
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }
    }
}
