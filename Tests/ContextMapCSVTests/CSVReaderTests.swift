import ContextMapCSV
import Foundation
import Testing
import TestScratch

// MARK: - Helpers

/// What the reader made of some input: every record's fields as text, and the line each record starts on.
private struct Parsed: Equatable, CustomStringConvertible {
    var rows: [[String]] = []
    var lines: [Int] = []

    var description: String { "rows: \(rows), lines: \(lines)" }
}

/// Reads every record of `bytes`; fields are shown with invalid UTF-8 as U+FFFD.
private func parse(_ bytes: [UInt8], startingLine: Int = 1) throws(CSVSyntaxError) -> Parsed {
    let result: Result<Parsed, CSVSyntaxError> = bytes.withUnsafeBytes { buffer in
        var reader = CSVReader(buffer, startingLine: startingLine)
        var parsed = Parsed()
        do throws(CSVSyntaxError) {
            while let record = try reader.next() {
                parsed.rows.append((0..<record.count).map { record[$0].displayString })
                parsed.lines.append(record.line)
            }
        } catch {
            return .failure(error)
        }
        return .success(parsed)
    }
    return try result.get()
}

private func parse(_ text: String, startingLine: Int = 1) throws(CSVSyntaxError) -> Parsed {
    try parse(Array(text.utf8), startingLine: startingLine)
}

/// Calls `body` with the first record of `bytes` (the record is only valid inside `body`).
private func withFirstRecord<R>(of bytes: [UInt8], _ body: (CSVRecord) -> R) throws(CSVSyntaxError) -> R? {
    let result: Result<R?, CSVSyntaxError> = bytes.withUnsafeBytes { buffer in
        var reader = CSVReader(buffer)
        do throws(CSVSyntaxError) {
            guard let record = try reader.next() else { return .success(nil) }
            return .success(body(record))
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}

/// A small, seeded, deterministic generator (SplitMix64), so that every run sees the same inputs.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A tiny RFC 4180 writer: a field is quoted (its quotes doubled) when it holds a comma, a quote,
/// a CR or an LF, and a record that is one empty field is written `""` so that it is not a blank line.
private func writeCSV(_ table: [[String]], lineEnd: String, finalLineEnd: Bool) -> String {
    var out = ""
    for (index, row) in table.enumerated() {
        let fields = row.map { field -> String in
            let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            if needsQuotes || (row.count == 1 && field.isEmpty) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }
        out += fields.joined(separator: ",")
        if index < table.count - 1 || finalLineEnd { out += lineEnd }
    }
    return out
}

// MARK: - Records and line ends

@Suite("CSVReader reads RFC 4180 records")
struct CSVReaderTests {
    @Test("Plain rows are split at commas and line feeds, one record per line")
    func plainRows() throws {
        let parsed = try parse("id,name,type\nC01,Home,family\nC02,Park,community\n")
        #expect(parsed.rows == [["id", "name", "type"], ["C01", "Home", "family"], ["C02", "Park", "community"]])
        #expect(parsed.lines == [1, 2, 3])
    }

    @Test("A restarted reader reads its new input from the top, numbering lines from where it is told")
    func restart() throws {
        let first = Array("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,1,2,3,4,5,6,7,8\n".utf8)
        let second = Array("x,\"y \"\"quoted\"\"\"\nlast,row\n".utf8)
        var rows: [[String]] = [], lines: [Int] = []
        try first.withUnsafeBytes { one in
            var reader = CSVReader(one)
            while let record = try reader.next() { rows.append((0..<record.count).map { record[$0].displayString }) }
            try second.withUnsafeBytes { two in
                reader.restart(two, startingLine: 10)
                while let record = try reader.next() {
                    rows.append((0..<record.count).map { record[$0].displayString })
                    lines.append(record.line)
                }
            }
        }
        #expect(rows.count == 3 && rows[0].count == 34)
        #expect(rows[1] == ["x", "y \"quoted\""] && rows[2] == ["last", "row"])
        #expect(lines == [10, 11])
    }

    @Test("LF and CRLF line ends give the same records", arguments: ["\n", "\r\n"])
    func lineEnds(lineEnd: String) throws {
        let text = ["a,b,c", "1,2,3", "x,y,z"].joined(separator: lineEnd) + lineEnd
        let parsed = try parse(text)
        #expect(parsed.rows == [["a", "b", "c"], ["1", "2", "3"], ["x", "y", "z"]])
        #expect(parsed.lines == [1, 2, 3])
    }

    @Test("A file may mix LF and CRLF line ends")
    func mixedLineEnds() throws {
        let parsed = try parse("a,b\r\nc,d\ne,f\r\n")
        #expect(parsed.rows == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(parsed.lines == [1, 2, 3])
    }

    @Test("The final line is read even without a line end", arguments: ["a,b\nc,d", "a,b\r\nc,d"])
    func finalLineWithoutLineEnd(text: String) throws {
        let parsed = try parse(text)
        #expect(parsed.rows == [["a", "b"], ["c", "d"]])
        #expect(parsed.lines == [1, 2])
    }

    @Test("A leading UTF-8 byte-order mark is skipped, not read into the first field")
    func leadingBOMIsSkipped() throws {
        let parsed = try parse([0xEF, 0xBB, 0xBF] + Array("id,name\r\nYP01,Jo\r\n".utf8))
        #expect(parsed.rows == [["id", "name"], ["YP01", "Jo"]])
        #expect(parsed.rows.first?.first?.utf8.count == 2)
        #expect(parsed.lines == [1, 2])
    }

    @Test("A byte-order mark alone is an empty input")
    func bomAlone() throws {
        #expect(try parse([0xEF, 0xBB, 0xBF]) == Parsed())
    }

    @Test("A byte-order mark that is not at the start is kept as data")
    func bomInsideIsData() throws {
        let parsed = try parse(Array("a\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("b\n".utf8))
        #expect(parsed.rows == [["a"], ["\u{FEFF}b"]])
    }

    @Test("Records start at the given starting line")
    func startingLine() throws {
        let parsed = try parse("a\nb\n", startingLine: 10)
        #expect(parsed.lines == [10, 11])
    }

    @Test("An empty input gives no records")
    func emptyInput() throws {
        #expect(try parse([UInt8]()) == Parsed())
        #expect(try parse("") == Parsed())
    }

    @Test("Blank lines, LF or CRLF, are skipped and still counted for line numbers")
    func blankLinesAreSkipped() throws {
        let parsed = try parse("\na,b\n\n\r\nc,d\n\n")
        #expect(parsed.rows == [["a", "b"], ["c", "d"]])
        #expect(parsed.lines == [2, 5])
    }

    @Test("An input of only line ends gives no records")
    func onlyLineEnds() throws {
        #expect(try parse("\n\r\n\n") == Parsed())
    }

    // MARK: - Quoting

    @Test("A quoted field keeps its commas")
    func quotedComma() throws {
        let parsed = try parse("\"friends, same college\",YP01\n")
        #expect(parsed.rows == [["friends, same college", "YP01"]])
    }

    @Test("Doubled quotes inside a quoted field stand for one quote each")
    func doubledQuotes() throws {
        let parsed = try parse("C17,\"Snapchat group \"\"BF Ends\"\"\",\"\"\"\"\"\"\n")
        #expect(parsed.rows == [["C17", "Snapchat group \"BF Ends\"", "\"\""]])
    }

    @Test("A field's raw bytes keep doubled quotes, and its value undoes them")
    func rawAndValue() throws {
        let checked = try withFirstRecord(of: Array("plain,\"say \"\"hi\"\"\",\"no doubles\"".utf8)) { record in
            #expect(record.count == 3)
            #expect(!record[0].hasDoubledQuotes)
            #expect(Array(record[0].raw) == Array("plain".utf8))
            #expect(record[1].hasDoubledQuotes)
            #expect(Array(record[1].raw) == Array("say \"\"hi\"\"".utf8))
            #expect(record[1].withValue { Array($0) } == Array("say \"hi\"".utf8))
            #expect(record[1].string == "say \"hi\"")
            #expect(!record[2].hasDoubledQuotes)
            #expect(record[2].withValue { Array($0) } == Array("no doubles".utf8))
            return true
        }
        #expect(checked == true)
    }

    @Test("A record's text, and each field's, is its bytes as written, quotes kept and line end left out",
          arguments: ["\n", "\r\n", ""])
    func recordText(lineEnd: String) throws {
        let records = ["plain,2026-01-05,7", "\"quoted, first\",x,\"last \"\"quoted\"\"\"", "a,,", ",\"two\nlines\",b", "\"\""]
        let bytes = Array((records.joined(separator: lineEnd.isEmpty ? "\n" : lineEnd) + lineEnd).utf8)
        let (texts, fields): ([String], [String]) = bytes.withUnsafeBytes { buffer in
            var reader = CSVReader(buffer)
            var texts: [String] = [], fields: [String] = []
            while let record = try? reader.next() {
                texts.append(String(decoding: record.text, as: UTF8.self))
                fields.append((0..<record.count).map { String(decoding: record.text(ofField: $0), as: UTF8.self) }.joined(separator: ","))
            }
            return (texts, fields)
        }
        #expect(texts == records)
        #expect(fields == records)
    }

    @Test("A quoted field may hold LF line breaks, and the next record's line counts them")
    func embeddedLF() throws {
        let parsed = try parse("id,comment\n1,\"line one\nline two\nline three\"\n2,after\n")
        #expect(parsed.rows == [["id", "comment"], ["1", "line one\nline two\nline three"], ["2", "after"]])
        #expect(parsed.lines == [1, 2, 5])
    }

    @Test("A quoted field may hold CRLF line breaks, kept as they are, and the next record's line counts them")
    func embeddedCRLF() throws {
        let parsed = try parse("id,comment\r\n1,\"line one\r\nline two\"\r\n2,after\r\n")
        #expect(parsed.rows == [["id", "comment"], ["1", "line one\r\nline two"], ["2", "after"]])
        #expect(parsed.lines == [1, 2, 4])
    }

    @Test("Blank lines inside a quoted field are data, not skipped lines")
    func blankLinesInsideQuotes() throws {
        let parsed = try parse("\"a\n\n\nb\",c\nd\n")
        #expect(parsed.rows == [["a\n\n\nb", "c"], ["d"]])
        #expect(parsed.lines == [1, 5])
    }

    @Test("A quoted field may hold a lone carriage return")
    func carriageReturnInsideQuotes() throws {
        let parsed = try parse("\"a\rb\",c\n")
        #expect(parsed.rows == [["a\rb", "c"]])
    }

    // MARK: - Empty fields

    @Test("Empty fields are read as empty, wherever they are in the record")
    func emptyFields() throws {
        let parsed = try parse("a,,c\n,b,\n,,\n")
        #expect(parsed.rows == [["a", "", "c"], ["", "b", ""], ["", "", ""]])
        let empties = try withFirstRecord(of: Array("a,,c".utf8)) { record in
            (0..<record.count).map { record[$0].isEmpty }
        }
        #expect(empties == [false, true, false])
    }

    @Test("A quoted empty field is empty, and a line holding only one is a record, not a blank line")
    func quotedEmptyField() throws {
        let parsed = try parse("\"\"\nb,\"\"\n")
        #expect(parsed.rows == [[""], ["b", ""]])
        #expect(parsed.lines == [1, 2])
        let field = try withFirstRecord(of: Array("\"\",x".utf8)) { record in
            (record[0].isEmpty, record[0].string)
        }
        #expect(field?.0 == true)
        #expect(field?.1 == "")
    }

    @Test(
        "A trailing comma gives an empty last field, before a line end or at the end of the input",
        arguments: [
            ("a,b,\nc\n", [["a", "b", ""], ["c"]]),
            ("a,b,\r\nc\r\n", [["a", "b", ""], ["c"]]),
            ("a,b,", [["a", "b", ""]]),
            (",", [["", ""]]),
            ("\"q\",", [["q", ""]]),
        ]
    )
    func trailingComma(text: String, expected: [[String]]) throws {
        #expect(try parse(text).rows == expected)
    }

    // MARK: - Text

    @Test(
        "Fields with multi-byte UTF-8 are read whole",
        arguments: ["Zoë Harrington", "Kacper Wiśniewski", "👩🏽‍💻 online", "مرحبا بالعالم", "שלום", "🇬🇧,🏳️‍🌈", "漢字"]
    )
    func multiByteUTF8(value: String) throws {
        let quoted = "\"" + value + "\""
        let parsed = try parse("\(quoted),plain\n\(value.contains(",") ? quoted : value)\n")
        #expect(parsed.rows == [[value, "plain"], [value]])
        let byteCount = try withFirstRecord(of: Array("\(quoted),x".utf8)) { $0[0].raw.count }
        #expect(byteCount == value.utf8.count)
    }

    @Test(
        "Invalid UTF-8 gives no string, a display string with U+FFFD, and never traps",
        arguments: [
            [0xFF, 0xFE] as [UInt8],
            [0xC3] as [UInt8], // a two-byte sequence cut short
            [0xE2, 0x82] as [UInt8], // a three-byte sequence cut short
            [0xED, 0xA0, 0x80] as [UInt8], // an encoded surrogate
            [0xC0, 0xAF] as [UInt8], // an overlong encoding
            [0x61, 0x80, 0x62] as [UInt8], // a lone continuation byte
        ]
    )
    func invalidUTF8(bad: [UInt8]) throws {
        for (input, badIndex) in [(bad + Array(",ok\n".utf8), 0), (Array("ok,".utf8) + bad, 1)] {
            let fields = try withFirstRecord(of: input) { record in
                (0..<record.count).map { (record[$0].string, record[$0].displayString) }
            }
            let checked = try #require(fields)
            #expect(checked.count == 2)
            #expect(checked[badIndex].0 == nil)
            #expect(checked[badIndex].1.contains("\u{FFFD}"))
            #expect(checked[1 - badIndex].0 == "ok")
        }
    }

    // MARK: - Errors

    @Test("An unclosed quote is reported on the line where the field opens")
    func unclosedQuote() {
        #expect(throws: CSVSyntaxError(line: 2, field: 2, kind: .unclosedQuote)) {
            try parse("a,b\nc,\"opens here\nand runs on\nto the end\n")
        }
        #expect(throws: CSVSyntaxError(line: 1, field: 1, kind: .unclosedQuote)) {
            try parse("\"")
        }
    }

    @Test("An unclosed quote after a multi-line quoted field names its own opening line")
    func unclosedQuoteAfterMultiLineField() {
        #expect(throws: CSVSyntaxError(line: 4, field: 1, kind: .unclosedQuote)) {
            try parse("id,comment\n1,\"two\nlines\"\n\"never closed\n")
        }
    }

    @Test("A quote inside an unquoted field is an error naming the field")
    func quoteInUnquotedField() {
        #expect(throws: CSVSyntaxError(line: 2, field: 2, kind: .quoteInUnquotedField)) {
            try parse("a,b\nc,say \"hi\"\n")
        }
        #expect(throws: CSVSyntaxError(line: 1, field: 1, kind: .quoteInUnquotedField)) {
            try parse("x\"")
        }
    }

    @Test("Text after a closing quote is an error")
    func textAfterClosingQuote() {
        #expect(throws: CSVSyntaxError(line: 1, field: 1, kind: .textAfterClosingQuote)) {
            try parse("\"quoted\"tail,b\n")
        }
        #expect(throws: CSVSyntaxError(line: 1, field: 2, kind: .textAfterClosingQuote)) {
            try parse("a,\"quoted\" \n")
        }
    }

    @Test("Text after the closing quote of a multi-line field is reported on the line where the text is")
    func textAfterClosingQuoteOfMultiLineField() {
        #expect(throws: CSVSyntaxError(line: 3, field: 1, kind: .textAfterClosingQuote)) {
            try parse("head\n\"a\nb\"c\n")
        }
    }

    @Test(
        "A carriage return without a line feed is an error",
        arguments: [
            ("a\rb\n", CSVSyntaxError(line: 1, field: 1, kind: .bareCarriageReturn)),
            ("x\na,b\rc\n", CSVSyntaxError(line: 2, field: 2, kind: .bareCarriageReturn)),
            ("a,b\r", CSVSyntaxError(line: 1, field: 2, kind: .bareCarriageReturn)),
            ("\"q\"\r", CSVSyntaxError(line: 1, field: 1, kind: .bareCarriageReturn)),
        ]
    )
    func bareCarriageReturn(text: String, expected: CSVSyntaxError) {
        #expect(throws: expected) { try parse(text) }
    }

    @Test(
        "A NUL byte is an error naming its line and field, wherever it stands",
        arguments: [
            ("a\u{0}b\n", CSVSyntaxError(line: 1, field: 1, kind: .nulCharacter)),
            ("id,comment\nYP1,a long comment that runs\u{0} past eight bytes\n", CSVSyntaxError(line: 2, field: 2, kind: .nulCharacter)),
            ("id,comment\nYP1,\"quoted, \u{0}\"\n", CSVSyntaxError(line: 2, field: 2, kind: .nulCharacter)),
            ("id,comment\nYP1,\"two\nlines\u{0}\"\n", CSVSyntaxError(line: 3, field: 2, kind: .nulCharacter)),
            ("\u{0}", CSVSyntaxError(line: 1, field: 1, kind: .nulCharacter)),
        ]
    )
    func nulCharacter(text: String, expected: CSVSyntaxError) {
        #expect(throws: expected) { try parse(text) }
    }

    @Test("Records before a syntax error are returned before the error is thrown")
    func recordsBeforeAnError() {
        let outcome: (records: [String], error: CSVSyntaxError?) = Array("good,1\nfine,2\nbad\"\n".utf8).withUnsafeBytes { buffer in
            var reader = CSVReader(buffer)
            var records: [String] = []
            do throws(CSVSyntaxError) {
                while let record = try reader.next() { records.append(record[0].displayString) }
                return (records, nil)
            } catch {
                return (records, error)
            }
        }
        #expect(outcome.records == ["good", "fine"])
        #expect(outcome.error == CSVSyntaxError(line: 3, field: 1, kind: .quoteInUnquotedField))
    }

    @Test("A syntax error describes itself with the field's position", arguments: [
        CSVSyntaxError.Kind.unclosedQuote, .quoteInUnquotedField, .textAfterClosingQuote, .bareCarriageReturn, .nulCharacter,
    ])
    func errorDescription(kind: CSVSyntaxError.Kind) {
        let error = CSVSyntaxError(line: 7, field: 3, kind: kind)
        #expect(error.description.contains("field 3"))
    }

    // MARK: - Wide records

    @Test("A record with more than 32 fields is read whole (the span buffer grows)", arguments: [31, 32, 33, 64, 65, 1000])
    func wideRecords(fieldCount: Int) throws {
        let row = (0..<fieldCount).map { "f\($0)" }
        let quotedRow = (0..<fieldCount).map { "\"q,\($0)\"" }
        let text = row.joined(separator: ",") + "\n" + quotedRow.joined(separator: ",") + "\n" + "short\n"
        let parsed = try parse(text)
        #expect(parsed.rows == [row, (0..<fieldCount).map { "q,\($0)" }, ["short"]])
        #expect(parsed.lines == [1, 2, 3])
    }

    @Test("A trailing comma at the end of the input still opens a field when the span buffer is full", arguments: [31, 32, 33, 64])
    func trailingCommaAtCapacity(fieldCount: Int) throws {
        let row = (0..<fieldCount).map { "v\($0)" }
        let parsed = try parse(row.joined(separator: ",") + ",")
        #expect(parsed.rows == [row + [""]])
    }

    // MARK: - Properties

    @Test("Unquoted fields of any length and any bytes but delimiters and NUL end exactly at the next comma or line end")
    func unquotedFieldsEndAtTheirDelimiter() throws {
        // The reader looks for delimiters eight bytes at a time: fields of every length around
        // and across that width, and bytes of every value (UTF-8 lead and continuation bytes
        // included) right beside the delimiters.
        var random = SplitMix64(seed: 8)
        let ordinary = (UInt8(1)...UInt8(255)).filter { ![UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\"")].contains($0) }
        for _ in 0..<500 {
            let rows = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 1...5, using: &random)).map { _ in
                    (0..<Int.random(in: 0...20, using: &random)).map { _ in ordinary.randomElement(using: &random)! }
                }
            }
            // A row of one empty field would be a blank line; the reader skips those.
            let written = rows.filter { $0 != [[]] }
            var input: [UInt8] = []
            for row in written {
                for (index, field) in row.enumerated() {
                    if index > 0 { input.append(UInt8(ascii: ",")) }
                    input += field
                }
                input.append(UInt8(ascii: "\n"))
            }
            guard !input.starts(with: [0xEF, 0xBB, 0xBF]) else { continue } // a byte-order mark, skipped
            let expected = written.map { $0.map { String(decoding: $0, as: UTF8.self) } }
            #expect(try parse(input).rows == expected, "input \(input)")
        }
    }

    @Test("A quote anywhere inside a long unquoted field is found", arguments: 1..<24)
    func quoteAtEveryOffsetOfAnUnquotedField(offset: Int) {
        var field = Array(repeating: UInt8(ascii: "a"), count: 24)
        field[offset] = UInt8(ascii: "\"")
        #expect(throws: CSVSyntaxError(line: 2, field: 2, kind: .quoteInUnquotedField)) {
            try parse(Array("id,name\nYP1,".utf8) + field + Array("\n".utf8))
        }
    }

    @Test("Random bytes never trap the reader: it returns well-formed records or throws CSVSyntaxError")
    func randomBytesNeverTrap() {
        var random = SplitMix64(seed: 0x00C0_FFEE)
        let favoured = Array("\",\r\n".utf8)
        let letters = Array("abcXYZ019 ".utf8)
        var recordsSeen = 0
        var errorsSeen = 0
        for _ in 0..<4000 {
            let length = Int.random(in: 0...200, using: &random)
            var input: [UInt8] = []
            input.reserveCapacity(length)
            for _ in 0..<length {
                switch UInt8.random(in: 0..<10, using: &random) {
                case 0..<5: input.append(favoured.randomElement(using: &random)!)
                case 5..<8: input.append(letters.randomElement(using: &random)!)
                case 8: input.append(0xEF) // half of a byte-order mark, or of a UTF-8 sequence
                default: input.append(UInt8.random(in: 0...255, using: &random))
                }
            }
            let lineCount = input.count(where: { $0 == UInt8(ascii: "\n") }) + 1
            let outcome: (ok: Bool, records: Int, failure: CSVSyntaxError?) = input.withUnsafeBytes { buffer in
                var reader = CSVReader(buffer)
                var records = 0
                var lastLine = 0
                var ok = true
                do throws(CSVSyntaxError) {
                    while let record = try reader.next() {
                        records += 1
                        ok = ok && record.count >= 1 && record.line > lastLine && record.line <= lineCount
                        lastLine = record.line
                        for index in 0..<record.count {
                            let field = record[index]
                            if let start = field.raw.baseAddress, let base = buffer.baseAddress {
                                ok = ok && start >= base && start + field.raw.count <= base + buffer.count
                            }
                            _ = field.displayString
                            if let text = field.string { ok = ok && text.utf8.count <= field.raw.count }
                        }
                    }
                    ok = ok && reader.offset == buffer.count
                    return (ok, records, nil)
                } catch {
                    ok = ok && error.line >= 1 && error.line <= lineCount && error.field >= 1
                    return (ok, records, error)
                }
            }
            #expect(outcome.ok, "input \(input)")
            recordsSeen += outcome.records
            if outcome.failure != nil { errorsSeen += 1 }
        }
        // The inputs exercise both outcomes, so the checks above are not vacuous.
        #expect(recordsSeen > 1000)
        #expect(errorsSeen > 100)
    }

    @Test(
        "Random tables written with RFC 4180 quoting read back identically, with the right line numbers",
        arguments: [1, 2, 3, 4]
    )
    func roundTrip(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "b", "Z", "7", " ", ",", "\"", "\n", "\r\n", "\r", "é", "ł", "👩🏽‍💻", "مر", "-", "'"]
        for _ in 0..<250 {
            let rowCount = Int.random(in: 1...8, using: &random)
            let columnCount = Int.random(in: 1...6, using: &random)
            let table: [[String]] = (0..<rowCount).map { _ in
                (0..<columnCount).map { _ in
                    let length = Int.random(in: 0...6, using: &random)
                    return (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
                }
            }
            let lineEnd = Bool.random(using: &random) ? "\n" : "\r\n"
            let finalLineEnd = Bool.random(using: &random)
            let bom = Bool.random(using: &random)
            let text = writeCSV(table, lineEnd: lineEnd, finalLineEnd: finalLineEnd)
            let parsed = try parse((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
            #expect(parsed.rows == table, "written as \(text.debugDescription)")
            // Each record starts one line after the previous record's line breaks.
            var expectedLines: [Int] = []
            var line = 1
            for row in table {
                expectedLines.append(line)
                line += 1 + row.reduce(0) { $0 + $1.utf8.count(where: { $0 == UInt8(ascii: "\n") }) }
            }
            #expect(parsed.lines == expectedLines, "written as \(text.debugDescription)")
        }
    }
}

// MARK: - MappedFile

@Suite("MappedFile maps a file's bytes")
struct MappedFileTests {
    @Test("A mapped file holds exactly the file's bytes")
    func bytesEqual() throws {
        let path = ScratchFolder.path("data.csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\r\nYP01,\"Zoë \"\"Z\"\"\"\n".utf8) + [0, 0xFF, 0x80]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let file = try MappedFile(path: path)
        #expect(file.count == bytes.count)
        #expect(file.path == path)
        #expect(file.withUnsafeBytes { Array($0) } == bytes)
    }

    @Test("A mapped CSV file reads like the same bytes in memory")
    func readerOverMappedFile() throws {
        let path = ScratchFolder.path("scaling.csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "date,comment\n2026-05-11,\"two\nlines\"\n2026-05-12,ok\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let file = try MappedFile(path: path)
        let rows: [[String]] = try file.withUnsafeBytes { (buffer) throws(CSVSyntaxError) -> [[String]] in
            var reader = CSVReader(buffer)
            var rows: [[String]] = []
            while let record = try reader.next() { rows.append((0..<record.count).map { record[$0].displayString }) }
            return rows
        }
        #expect(rows == (try parse(text)).rows)
        #expect(rows.count == 3)
    }

    @Test("An empty file maps to no bytes and no records")
    func emptyFile() throws {
        let path = ScratchFolder.path("empty.csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let file = try MappedFile(path: path)
        #expect(file.count == 0)
        let records: Int = file.withUnsafeBytes { buffer in
            var reader = CSVReader(buffer)
            var count = 0
            while (try? reader.next()) != nil { count += 1 }
            return buffer.count + count
        }
        #expect(records == 0)
    }

    @Test("A missing file throws a FileError whose description names the path")
    func missingFile() throws {
        let path = ScratchFolder.path("missing.csv").path
        let error = #expect(throws: FileError.self) { try MappedFile(path: path) }
        #expect(error?.path == path)
        #expect(error?.description.contains(path) == true)
    }

    @Test("A folder is not a file to map")
    func folderIsNotAFile() throws {
        let path = ScratchFolder.path("folder").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: FileError.self) { try MappedFile(path: path) }
        #expect(error?.description.contains(path) == true)
    }
}
