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
        var personOf = [Int32](repeating: -2, count: count)
        var contextOf = [Int32](repeating: -2, count: count)
        var respondentOf = [Int32](repeating: -2, count: count)
        var line = line
        // The row before's young person's and context's strings and date.
        var personString = -1, contextString = -1, days: Int32 = 0
        for row in 0..<header.rows {
            guard let flags = cursor.byte(), row > 0 || flags & CompactScaling.sameAsBefore == 0 else { return nil }
            if flags & CompactScaling.samePerson == 0 {
                guard let number = cursor.number(), number < count else { return nil }
                personString = number
            }
            if flags & CompactScaling.sameContext == 0 {
                guard let number = cursor.number(), number < count else { return nil }
                contextString = number
            }
            if flags & CompactScaling.sameDay == 0 {
                guard let value = cursor.int32() else { return nil }
                days = value
            }
            guard let voice = CompactScaling.voice(of: flags), Self.days.contains(days),
                  let score = cursor.byte(), score <= 10, let named = cursor.number(), named <= count,
                  let commentLength = cursor.number() else { return nil }
            if personOf[personString] == -2 {
                personOf[personString] = personTable.index(of: strings[personString]).map(Int32.init) ?? -1
            }
            if contextOf[contextString] == -2 {
                contextOf[contextString] = contextTable.index(of: strings[contextString]).map(Int32.init) ?? -1
            }
            let person = personOf[personString], context = contextOf[contextString]
            guard person >= 0, context >= 0 else { return nil }
            var lines = 1 + lineFeeds[personString] + lineFeeds[contextString]
            var respondent: Int32 = -1
            if named > 0 {
                let string = named - 1
                if respondentOf[string] == -2 { respondentOf[string] = respondentNumber(strings[string]) ?? -1 }
                guard respondentOf[string] >= 0 else { return nil }
                respondent = respondentOf[string]
                lines += lineFeeds[string]
            }
            var comment: String?
            if commentLength > 0 {
                guard let bytes = cursor.bytes(commentLength - 1), let text = UTF8Text.validated(bytes) else { return nil }
                comment = text
                lines += Self.lineFeeds(in: bytes)
            }
            append(day: Day(daysSinceEpoch: days), youngPerson: person, context: context, voice: voice, score: score,
                   scale: CompactScaling.scale(of: flags), respondent: respondent, comment: comment, line: line)
            line += lines
        }
        return cursor.isAtEnd ? line : nil
    }

    /// The days a date of the contract can be: 0001-01-01 to 9999-12-31.
    private static let days = Day(year: 1, month: 1, day: 1)!.daysSinceEpoch...Day(year: 9999, month: 12, day: 31)!.daysSinceEpoch

    private static func lineFeeds(in bytes: UnsafeRawBufferPointer) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
