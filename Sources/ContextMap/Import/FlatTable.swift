import ContextMapCSV

/// Rows laid out like a CSV file in memory: one byte buffer and a span per cell, so that the
/// JSON form is checked by exactly the same code as the CSV form.
final class FlatTable {
    private(set) var columns: [String] = []
    private var columnIndex: [String: Int] = [:]
    private var bytes: [UInt8] = []
    private var rows: [[(column: Int, span: Range<Int>)]] = []
    private var lines: [Int] = []
    let headerLine: Int

    init(headerLine: Int) {
        self.headerLine = headerLine
    }

    func startRow(line: Int) {
        rows.append([])
        lines.append(line)
    }

    /// Adds a cell to the last row started; `nil` if the row already has this column.
    func addCell(column name: String, value: some Collection<UInt8>) -> Bool {
        let column = columnIndex[name] ?? {
            columns.append(name)
            columnIndex[name] = columns.count - 1
            return columns.count - 1
        }()
        if rows[rows.count - 1].contains(where: { $0.column == column }) { return false }
        let start = bytes.count
        bytes.append(contentsOf: value)
        rows[rows.count - 1].append((column, start..<bytes.count))
        return true
    }

    /// Whether any object of the table has each of `contractColumns` as a key.
    func hasColumns(_ contractColumns: [String]) -> [Bool] {
        contractColumns.map { columnIndex[$0] != nil }
    }

    /// The rows as text cells in the order of `contractColumns`, `nil` for an absent or
    /// empty cell.
    func textRows(columns contractColumns: [String]) -> [[String?]] {
        rows.map { row in
            contractColumns.map { name in
                guard let column = columnIndex[name], let cell = row.first(where: { $0.column == column }),
                      !cell.span.isEmpty else { return nil }
                return String(decoding: bytes[cell.span], as: UTF8.self)
            }
        }
    }

    /// The table as a record source (header first); the storage lives as long as the source.
    ///
    /// The header names every column in `columns` (the contract's), so that a key missing from
    /// an object is an empty cell of that row, reported with the row's line.
    func makeSource(columns contractColumns: [String]) -> FlatTableSource {
        for name in contractColumns where columnIndex[name] == nil {
            columns.append(name)
            columnIndex[name] = columns.count - 1
        }
        var storage = bytes
        var spans: [CSVFieldSpan] = []
        for name in columns {
            let start = storage.count
            storage.append(contentsOf: name.utf8)
            spans.append(CSVFieldSpan(plain: start..<storage.count))
        }
        for row in rows {
            var cells = [CSVFieldSpan](repeating: CSVFieldSpan(plain: 0..<0), count: columns.count)
            for cell in row { cells[cell.column] = CSVFieldSpan(plain: cell.span) }
            spans.append(contentsOf: cells)
        }
        return FlatTableSource(bytes: storage, spans: spans, width: columns.count, lines: [headerLine] + lines)
    }
}

/// Hands out a `FlatTable`'s rows as `CSVRecord` views.
struct FlatTableSource: RecordSource, ~Copyable {
    private let bytes: UnsafeMutableRawBufferPointer
    private let spans: UnsafeMutableBufferPointer<CSVFieldSpan>
    private let width: Int
    private let lines: [Int]
    private var nextRow = 0

    init(bytes: [UInt8], spans: [CSVFieldSpan], width: Int, lines: [Int]) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.withUnsafeBytes { storage.copyMemory(from: $0) }
        let cells = UnsafeMutableBufferPointer<CSVFieldSpan>.allocate(capacity: max(spans.count, 1))
        _ = cells.initialize(from: spans)
        self.bytes = storage
        self.spans = cells
        self.width = width
        self.lines = lines
    }

    deinit {
        bytes.deallocate()
        spans.deallocate()
    }

    mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        guard nextRow < lines.count else { return nil }
        defer { nextRow += 1 }
        let start = spans.baseAddress! + nextRow * width
        return CSVRecord(line: lines[nextRow], base: UnsafeRawPointer(bytes.baseAddress!),
                         spans: UnsafeBufferPointer(start: start, count: width))
    }
}
