import ContextMapCSV

extension ScalingTableReader {
    /// Reads one piece of the compact form (`CompactScaling`) into the same columns, implicit
    /// links and respondents as reading its rows as CSV text would give. Each row is numbered
    /// as its line in that text would be: a row takes one line more for each line feed in
    /// its ids, respondent and comment.
    /// - Parameter line: the line of the piece's first row.
    /// - Returns: the line after the piece's last row; `nil` when the piece is damaged (its
    ///   checksum or its bytes) or names a young person or context the dataset lacks. The
    ///   reader is then only fit to be dropped: the CSV text is read instead, and reports
    ///   what is wrong with it.
    mutating func read(compact piece: UnsafeRawBufferPointer, fromLine line: Int) -> Int? {
        guard let contents = CompactScaling.checkedContents(of: piece), let header = CompactScaling.header(of: contents) else { return nil }
        let rows = header.rows
        var cursor = ByteCursor(UnsafeRawBufferPointer(rebasing: contents[header.size...]))
        guard let count = cursor.number(), count <= contents.count else { return nil }
        var strings: [UnsafeRawBufferPointer] = []
        strings.reserveCapacity(count)
        var lineFeeds: [Int] = []
        lineFeeds.reserveCapacity(count)
        for _ in 0..<count {
            guard let length = cursor.number(), let bytes = cursor.bytes(length) else { return nil }
            strings.append(bytes)
            lineFeeds.append(Self.lineFeeds(in: bytes))
        }
        // What each string stands for, found the first time a row uses it (-2: not yet).
        var person = [Int32](repeating: -2, count: count)
        var context = [Int32](repeating: -2, count: count)
        var respondent = [Int32](repeating: -2, count: count)
        let voices = RespondentRole.allCases, scales = Scale.allCases
        var line = line
        // The young person's and context's string numbers and the date of the row before.
        var p = -1, c = -1, days: Int32 = 0
        for row in 0..<rows {
            guard let kinds = cursor.byte() else { return nil }
            if kinds & CompactScaling.samePerson == 0 {
                guard let number = cursor.number(), number < count else { return nil }
                p = number
            }
            if kinds & CompactScaling.sameContext == 0 {
                guard let number = cursor.number(), number < count else { return nil }
                c = number
            }
            if kinds & CompactScaling.sameDay == 0 {
                guard let value = cursor.int32() else { return nil }
                days = value
            }
            guard row > 0 || kinds & (CompactScaling.samePerson | CompactScaling.sameContext | CompactScaling.sameDay) == 0,
                  let score = cursor.byte(), let who = cursor.number(), who <= count, let noteLength = cursor.number() else { return nil }
            let voice = Int(kinds & 0x07), scale = Int(kinds >> 3 & 0x01)
            guard kinds & 0x80 == 0, voice < voices.count, scale < scales.count, score <= 10, Self.days.contains(days) else { return nil }
            if person[p] == -2 { person[p] = personTable.index(of: strings[p]).map(Int32.init) ?? -1 }
            if context[c] == -2 { context[c] = contextTable.index(of: strings[c]).map(Int32.init) ?? -1 }
            guard person[p] >= 0, context[c] >= 0 else { return nil }
            var rowLines = 1 + lineFeeds[p] + lineFeeds[c]
            var name: Int32 = -1
            if who > 0 {
                let s = who - 1
                if respondent[s] == -2 {
                    let (index, inserted) = respondents.insert(strings[s])
                    if inserted {
                        guard let text = UTF8Text.validated(strings[s]) else { return nil }
                        records.respondentNames.append(text)
                    }
                    respondent[s] = Int32(index)
                }
                name = respondent[s]
                rowLines += lineFeeds[s]
            }
            var note: String?
            if noteLength > 0 {
                guard let bytes = cursor.bytes(noteLength - 1), let text = UTF8Text.validated(bytes) else { return nil }
                note = text
                rowLines += Self.lineFeeds(in: bytes)
            }
            if !isLinked(person[p], context[c]) { addImplicitLink(person[p], context[c], line: line) }
            records.dates.append(Day(daysSinceEpoch: days))
            youngPerson.append(person[p])
            scaledContext.append(context[c])
            records.roles.append(voices[voice])
            records.scores.append(score)
            records.scales.append(scales[scale])
            records.respondent.append(name)
            if let note {
                records.comment.append(Int32(records.comments.count))
                records.comments.append(note)
            } else {
                records.comment.append(-1)
            }
            line += rowLines
        }
        return cursor.isAtEnd ? line : nil
    }

    /// The days a date of the contract can be: 0001-01-01 to 9999-12-31.
    private static let days = Day(year: 1, month: 1, day: 1)!.daysSinceEpoch...Day(year: 9999, month: 12, day: 31)!.daysSinceEpoch

    private static func lineFeeds(in bytes: UnsafeRawBufferPointer) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
