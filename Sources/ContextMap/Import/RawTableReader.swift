import ContextMapCSV

/// Reads a CSV folder's tables row by row with the cells in the contract's column order, for
/// the store. Only the contract's columns are kept; the dataset must have been validated
/// first (`DatasetReader`).
public enum RawTableReader {
    /// Calls `body` with each row of `file` in `folder`, blank lines skipped.
    /// - Returns: `false` when the folder has no such file (an optional file left out).
    @discardableResult
    public static func forEachRow(in folder: String, file: String, _ body: (ContractRow) throws -> Void) throws -> Bool {
        guard let schema = TableSchema.all.first(where: { $0.file == file }) else { return false }
        let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
        guard let mapped = try? MappedFile(path: path) else { return false }
        try mapped.withUnsafeBytes { bytes in
            var reader = CSVReader(bytes)
            do {
                guard let header = try reader.next() else { return }
                let names = (0..<header.count).map { header[$0].displayString }
                let layout = ContractLayout(header: names, columns: schema.columns)
                while let record = try reader.next() {
                    if record.count == 1, record[0].isEmpty { continue }  // a blank line
                    try body(ContractRow(record: record, layout: layout))
                }
            } catch let error as CSVSyntaxError {
                throw DatasetError(DatasetIssue(file: file, problem: error.description))
            }
        }
        return true
    }

    /// Every table of a JSON document in the contract's form as text cells, in the
    /// contract's column order (a table left out gives no rows).
    public static func readJSON(_ path: String) throws -> [RawTable] {
        let parser = try JSONDatasetParser.parse(path: path)
        return TableSchema.all.map { schema in
            let table = parser.tables[schema.jsonKey]
            // A key no object of the table has is a column the export leaves out.
            return RawTable(file: schema.file, columns: schema.columns,
                            rows: table?.textRows(columns: schema.columns) ?? [],
                            columnsPresent: table?.hasColumns(schema.columns))
        }
    }

    /// Every table of the folder as text cells (an absent optional file gives no rows).
    public static func read(folder: String) throws -> [RawTable] {
        try RawTable.contractFiles.map { file, columns in
            var table = RawTable(file: file, columns: columns)
            try forEachRow(in: folder, file: file) { row in
                table.rows.append((0..<row.count).map(row.string))
            }
            return table
        }
    }
}
