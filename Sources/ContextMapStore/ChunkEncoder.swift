import ContextMap

/// Writes rows as RFC 4180 CSV lines (no header) into a case record's text: a field is
/// quoted only when it must be, an absent cell is empty, every line ends with LF. The
/// fields of a row read from a CSV file are kept as the file wrote them.
enum ChunkEncoder {
    static func append(_ row: some ContractCells, to text: inout [UInt8]) {
        if row.appendAsWritten(to: &text) { return }
        for column in 0..<row.count {
            if column > 0 { text.append(UInt8(ascii: ",")) }
            row.withCell(column) { cell in
                guard let cell else { return }
                let needsQuotes = cell.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                guard needsQuotes else { return text.append(contentsOf: cell) }
                text.append(UInt8(ascii: "\""))
                for byte in cell {
                    if byte == UInt8(ascii: "\"") { text.append(byte) }
                    text.append(byte)
                }
                text.append(UInt8(ascii: "\""))
            }
        }
        text.append(0x0A)
    }
}
