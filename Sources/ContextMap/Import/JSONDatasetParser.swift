import ContextMapCSV

/// Reads the contract's JSON form, `{"young_people": [{…}], "contexts": [{…}], …}`, into one
/// `FlatTable` per array, remembering the line of every object for error messages.
///
/// A hand-written reader rather than Foundation's: it must name the line of a bad row and
/// never trap, whatever bytes it is given. Cell values may be strings, numbers, `true` or
/// `false` (kept as written) or `null` (absent); anything nested is an error for that row.
struct JSONDatasetParser {
    private let input: UnsafeRawBufferPointer
    private let file: String
    private var position = 0
    private var line = 1
    private(set) var tables: [String: FlatTable] = [:]
    private(set) var errors = IssueLog()
    private(set) var warnings = IssueLog()

    init(_ input: UnsafeRawBufferPointer, file: String) {
        self.input = input
        self.file = file
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { position = 3 }
    }

    /// Parses the document; a syntax error stops the parse and is returned in `errors`.
    mutating func parse(tableNames: Set<String>) {
        do throws(DatasetIssue) {
            try expect(UInt8(ascii: "{"), "a JSON object with the keys \(tableNames.sorted().joined(separator: ", "))")
            skipSpace()
            if peek() == UInt8(ascii: "}") {
                position += 1
            } else {
                repeat {
                    skipSpace()
                    let keyLine = line
                    let key = try string()
                    try expect(UInt8(ascii: ":"), "':' after a key")
                    if tableNames.contains(key) {
                        if tables[key] != nil { throw issue(line: keyLine, "the key \"\(key)\" appears twice") }
                        tables[key] = try table(key)
                    } else {
                        warnings.append(DatasetIssue(file: file, line: keyLine, column: key, problem: "unknown key, ignored"))
                        try skipValue()
                    }
                    skipSpace()
                } while try separator(closing: UInt8(ascii: "}"))
            }
            skipSpace()
            if position < input.count { throw issue(line: line, "unexpected text after the end of the JSON object") }
        } catch {
            errors.append(error)
        }
    }

    // MARK: tables and rows

    private mutating func table(_ name: String) throws(DatasetIssue) -> FlatTable {
        skipSpace()
        let table = FlatTable(headerLine: line)
        try expect(UInt8(ascii: "["), "an array of objects for \"\(name)\"")
        skipSpace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return table
        }
        repeat {
            skipSpace()
            table.startRow(line: line)
            try expect(UInt8(ascii: "{"), "an object (one row of \(name))")
            skipSpace()
            if peek() == UInt8(ascii: "}") {
                position += 1
            } else {
                repeat {
                    skipSpace()
                    let cellLine = line
                    let column = try string()
                    try expect(UInt8(ascii: ":"), "':' after a key")
                    skipSpace()
                    let value = try scalar(in: name, column: column)
                    if let value, !table.addCell(column: column, value: value) {
                        errors.append(DatasetIssue(file: file, line: cellLine, column: column, problem: "appears twice in one object"))
                    }
                    skipSpace()
                } while try separator(closing: UInt8(ascii: "}"))
            }
            skipSpace()
        } while try separator(closing: UInt8(ascii: "]"))
        return table
    }

    /// A cell's bytes as they would stand in a CSV field; `nil` for a value that is not a
    /// scalar (reported) — `null` gives an empty value.
    private mutating func scalar(in table: String, column: String) throws(DatasetIssue) -> [UInt8]? {
        let start = position
        switch peek() {
        case UInt8(ascii: "\""):
            return Array(try string().utf8)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let valueLine = line
            try skipValue()
            errors.append(DatasetIssue(file: file, line: valueLine, column: column, problem: "is an object or array; expected a string or a number"))
            return nil
        case UInt8(ascii: "n"):
            try literal("null")
            return []
        case UInt8(ascii: "t"):
            try literal("true")
            return Array("true".utf8)
        case UInt8(ascii: "f"):
            try literal("false")
            return Array("false".utf8)
        default:
            try number()
            return Array(input[start..<position])
        }
    }

    // MARK: lexical pieces

    private mutating func string() throws(DatasetIssue) -> String {
        skipSpace()
        try expect(UInt8(ascii: "\""), "a string in double quotes")
        var bytes: [UInt8] = []
        while true {
            guard position < input.count else { throw issue(line: line, "a string that never closes") }
            let byte = input[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw DatasetIssue(file: file, line: line, value: String(decoding: bytes, as: UTF8.self),
                                       problem: "is not valid UTF-8 text; save the file as UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &bytes)
            case 0..<0x20:
                throw issue(line: line, "a control character inside a string; write it as an escape such as \\n")
            default:
                bytes.append(byte)
            }
        }
    }

    private mutating func escape(into bytes: inout [UInt8]) throws(DatasetIssue) {
        guard position < input.count else { throw issue(line: line, "a string that never closes") }
        let byte = input[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
        case UInt8(ascii: "b"): bytes.append(8)
        case UInt8(ascii: "f"): bytes.append(12)
        case UInt8(ascii: "n"): bytes.append(10)
        case UInt8(ascii: "r"): bytes.append(13)
        case UInt8(ascii: "t"): bytes.append(9)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard position + 1 < input.count, input[position] == UInt8(ascii: "\\"), input[position + 1] == UInt8(ascii: "u") else {
                    throw issue(line: line, "an unpaired surrogate in a \\u escape")
                }
                position += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw issue(line: line, "an unpaired surrogate in a \\u escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw issue(line: line, "an unpaired surrogate in a \\u escape") }
            // No text in the contract holds one, and the store would cut the text short there.
            guard scalar != 0 else { throw issue(line: line, "a \\u0000 escape (NUL) in a string; expected text without it") }
            bytes.append(contentsOf: String(Character(unicode)).utf8)
        default:
            throw issue(line: line, "an unknown escape \\\(Character(Unicode.Scalar(byte))) in a string")
        }
    }

    private mutating func hex4() throws(DatasetIssue) -> UInt32 {
        guard position + 4 <= input.count else { throw issue(line: line, "a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = input[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw issue(line: line, "a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func number() throws(DatasetIssue) {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        var digits = 0
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            position += 1
            digits += 1
        }
        guard digits > 0 else {
            position = start
            throw issue(line: line, "a value here; expected a string, a number, true, false or null")
        }
    }

    private mutating func literal(_ word: String) throws(DatasetIssue) {
        for byte in word.utf8 {
            guard peek() == byte else { throw issue(line: line, "a value here; expected a string, a number, true, false or null") }
            position += 1
        }
    }

    /// Skips any value without recursion, so that deep nesting cannot exhaust the stack.
    private mutating func skipValue() throws(DatasetIssue) {
        skipSpace()
        var depth = 0
        repeat {
            skipSpace()
            guard let byte = peek() else { throw issue(line: line, "the document ends inside a value") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                position += 1
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                guard depth > 0 else { return }
                position += 1
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: try number()
            }
        } while depth > 0
    }

    /// After an element: `true` for a comma (another element follows), `false` for `closing`.
    private mutating func separator(closing: UInt8) throws(DatasetIssue) -> Bool {
        skipSpace()
        guard let byte = peek() else { throw issue(line: line, "the document ends too early; expected ',' or '\(Character(Unicode.Scalar(closing)))'") }
        position += 1
        if byte == UInt8(ascii: ",") { return true }
        if byte == closing { return false }
        throw issue(line: line, "expected ',' or '\(Character(Unicode.Scalar(closing)))'")
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(DatasetIssue) {
        skipSpace()
        guard peek() == byte else { throw issue(line: line, "expected \(what)") }
        position += 1
    }

    private mutating func skipSpace() {
        while position < input.count {
            switch input[position] {
            case UInt8(ascii: "\n"):
                line += 1
                position += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            default:
                return
            }
        }
    }

    private func peek() -> UInt8? { position < input.count ? input[position] : nil }

    private func issue(line: Int, _ problem: String) -> DatasetIssue {
        DatasetIssue(file: file, line: line, problem: problem)
    }
}

extension DatasetIssue: Error {}

extension JSONDatasetParser {
    /// Parses the JSON document at `path` into its tables.
    /// - Throws: every problem of the document, named by its file name.
    static func parse(path: String) throws(DatasetError) -> JSONDatasetParser {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let file: MappedFile
        do throws(FileError) {
            file = try MappedFile(path: path)
        } catch {
            throw DatasetError(DatasetIssue(file: name, problem: error.reason))
        }
        let parser = file.withUnsafeBytes { bytes in
            var parser = JSONDatasetParser(bytes, file: name)
            parser.parse(tableNames: Set(TableSchema.all.map(\.jsonKey)))
            return parser
        }
        guard parser.errors.isEmpty else { throw DatasetError(errors: parser.errors, warnings: parser.warnings) }
        return parser
    }
}

