/// Bytes that are not well-formed CSV, with where the problem starts.
public struct CSVSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case unclosedQuote
        case quoteInUnquotedField
        case textAfterClosingQuote
        case bareCarriageReturn
        /// A byte 0: no text in the contract holds one, and the store and the tools that read
        /// its files would cut the text short there.
        case nulCharacter
    }

    /// The 1-based line of the problem (for an unclosed quote, the line where the field opens).
    public let line: Int
    /// The 1-based position of the field in its record.
    public let field: Int
    public let kind: Kind

    public init(line: Int, field: Int, kind: Kind) {
        self.line = line
        self.field = field
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .unclosedQuote:
            "unclosed quote: field \(field) opens a quote that never closes; a quote inside a quoted field is written twice (\"\")"
        case .quoteInUnquotedField:
            "stray quote in field \(field): a field that contains a quote must be enclosed in quotes, with the quote written twice"
        case .textAfterClosingQuote:
            "text after the closing quote of field \(field): expected a comma or the end of the line"
        case .bareCarriageReturn:
            "a carriage return without a line feed after field \(field): expected LF or CRLF line ends"
        case .nulCharacter:
            "a NUL character (byte 0) in field \(field): expected text without it; the file may not be a CSV text file"
        }
    }
}
