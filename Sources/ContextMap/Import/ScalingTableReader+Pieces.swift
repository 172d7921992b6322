import ContextMapCSV

extension ScalingTableReader {
    /// Reads the rows of `bytes[start...]` (scaling.csv after its header, whose last line is
    /// `line - 1`), split into one piece per core, and returns them as one reader would.
    ///
    /// The pieces are read at the same time and joined in file order. When a piece might
    /// have been cut inside a quoted field, the file is read again in one piece.
    /// A syntax error stops the reading there, as it would for one reader: the rows before
    /// it are kept and the error is returned.
    static func reading(_ bytes: UnsafeRawBufferPointer, from start: Int, line: Int, fieldCount: Int,
                        template: ScalingTableReader, cores: Int) -> (reader: ScalingTableReader, syntaxError: CSVSyntaxError?) {
        let pieces = CSVChunker.split(bytes, from: start, into: cores)
        var results = readPieces(bytes, pieces, firstLine: line, fieldCount: fieldCount, template: template)
        if results.dropLast().contains(where: { $0.syntaxError?.kind == .unclosedQuote }) {
            results = readPieces(bytes, [start..<bytes.count], firstLine: line, fieldCount: fieldCount, template: template)
        }
        // The first piece, read with the file's line numbers and room for every row, becomes
        // the whole: the rows of the others are appended to it, so that the first piece's
        // columns are not copied into new memory (touching fresh pages is what costs here).
        var reader = template
        swap(&reader, &results[0].reader)
        reader.reserve(rows: results.dropFirst().reduce(0) { $0 + $1.reader.records.count })
        if let error = results[0].syntaxError { return (reader, error) }
        var linesBefore = line - 1 + results[0].lines
        for piece in results.dropFirst() {
            reader.append(piece.reader, lineOffset: linesBefore)
            if let error = piece.syntaxError {
                return (reader, CSVSyntaxError(line: error.line + linesBefore, field: error.field, kind: error.kind))
            }
            linesBefore += piece.lines
        }
        return (reader, nil)
    }

    private struct Piece {
        var reader: ScalingTableReader
        var syntaxError: CSVSyntaxError?
        /// Line feeds read: the lines the next piece starts after.
        var lines = 0
    }

    /// Reads each range in its own piece, at the same time. The first piece counts lines from
    /// `firstLine` (the file's numbering) and makes room for the rows of the whole input; the
    /// others count from 1 at their start.
    private static func readPieces(_ bytes: UnsafeRawBufferPointer, _ ranges: [Range<Int>], firstLine: Int, fieldCount: Int,
                                   template: ScalingTableReader) -> [Piece] {
        let input = SharedBytes(bytes: bytes)
        return ConcurrentPieces.perform(iterations: ranges.count) { index in
            var piece = Piece(reader: template)
            let range = index == 0 ? ranges[0].lowerBound..<ranges[ranges.count - 1].upperBound : ranges[index]
            piece.reader.reserve(rows: estimatedRows(in: UnsafeRawBufferPointer(rebasing: input.bytes[range])))
            let startingLine = index == 0 ? firstLine : 1
            var source = CSVReader(UnsafeRawBufferPointer(rebasing: input.bytes[ranges[index]]), startingLine: startingLine,
                                   skippingByteOrderMark: false)
            do throws(CSVSyntaxError) {
                try piece.reader.readAll(&source, fieldCount: fieldCount)
            } catch {
                piece.syntaxError = error
            }
            piece.lines = source.currentLine - startingLine
            return piece
        }
    }

    /// About how many rows `bytes` hold, a little over, from the line feeds in its first 256 KB.
    private static func estimatedRows(in bytes: UnsafeRawBufferPointer) -> Int {
        let sample = UnsafeRawBufferPointer(rebasing: bytes.prefix(256 * 1024))
        let lineFeeds = sample.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        guard lineFeeds > 0 else { return 0 }
        return Int(Double(bytes.count) / Double(sample.count) * Double(lineFeeds) * 1.05) + 16
    }

    /// Bytes read by several threads at once.
    private struct SharedBytes: @unchecked Sendable {
        // @unchecked: the bytes are a read-only mapping that outlives the concurrent read.
        let bytes: UnsafeRawBufferPointer
    }
}
