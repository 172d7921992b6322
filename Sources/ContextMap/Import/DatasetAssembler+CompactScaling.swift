extension DatasetAssembler {
    /// Reads the scaling rows from their compact form when `tables` keeps one and everything
    /// read before is sound; otherwise leaves them to be read as text, which reports what is
    /// wrong.
    /// - Returns: whether the rows were read.
    func readCompactScaling(from tables: some TableSource, file: String, lanes: Int) throws -> Bool {
        guard errors.isEmpty, youngPeopleComplete, contextsComplete, let pieces = try tables.compactScaling() else { return false }
        return readScaling(compact: pieces, file: file, lanes: lanes)
    }

    /// Reads the scaling rows from their compact form, in `lanes` runs of pieces read at the
    /// same time and joined in order, each run's rows numbered as the CSV text's lines from
    /// line 2, as `readScaling(from:file:pieces:)` numbers its pieces.
    /// - Returns: `false`, with nothing taken, when a piece could not be read.
    private func readScaling(compact pieces: [[UInt8]], file: String, lanes: Int) -> Bool {
        // Every piece, each once, in order: a piece missing or repeated would drop or double
        // rows that each piece on its own vouches for.
        let headers = pieces.map { piece in piece.withUnsafeBytes { CompactScaling.header(of: $0) } }
        guard headers.enumerated().allSatisfy({ $1?.number == $0 && $1?.count == pieces.count }) else { return false }
        // A row takes four bytes or more: room is made for rows no piece can hold only when
        // a damaged piece claims them (checked in full, by its checksum, when it is read).
        guard zip(headers, pieces).allSatisfy({ $0!.rows <= $1.count / 4 }) else { return false }
        let rows = headers.map { $0!.rows }
        let total = rows.reduce(0, +)
        let lanes = max(1, min(lanes, pieces.count))
        let template = scalingReader(BoundColumns(contractOrderOf: .scaling), CellReader(file: file))
        var results = ConcurrentPieces.perform(iterations: lanes) { lane -> (reader: ScalingTableReader, lines: Int)? in
            var reader = template
            // The first run becomes the whole: room for every row, so that its columns are
            // not copied into fresh memory when the others are appended.
            let run = pieces.count * lane / lanes..<pieces.count * (lane + 1) / lanes
            reader.reserve(rows: lane == 0 ? total : rows[run].reduce(0, +))
            var line = 2
            for piece in pieces[run] {
                guard let next = piece.withUnsafeBytes({ reader.read(compact: $0, fromLine: line) }) else { return nil }
                line = next
            }
            return (reader, line - 2)
        }
        guard !results.contains(where: { $0 == nil }) else { return false }
        // Taken out of `results`, so that appending to it does not copy its columns.
        var reader = template
        swap(&reader, &results[0]!.reader)
        var linesBefore = results[0]!.lines
        for result in results.dropFirst() {
            reader.append(result!.reader, lineOffset: linesBefore)
            linesBefore += result!.lines
        }
        adopt(reader)
        return true
    }
}
