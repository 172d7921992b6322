import ContextMapCSV

/// Reads a CSV folder's tables as text cells, for the store. Only the contract's columns are
/// kept; the dataset must have been validated first (`DatasetReader`).
public enum RawTableReader {
    public static func read(folder: String) throws(DatasetError) -> [RawTable] {
        var tables: [RawTable] = []
        for schema in TableSchema.all {
            let path = folder.hasSuffix("/") ? folder + schema.file : folder + "/" + schema.file
            var table = RawTable(file: schema.file, columns: schema.columns)
            guard let file = try? MappedFile(path: path) else {
                tables.append(table)  // an optional file that is absent
                continue
            }
            do throws(CSVSyntaxError) {
                try file.withUnsafeBytes { (bytes) throws(CSVSyntaxError) in
                    var reader = CSVReader(bytes)
                    guard let header = try reader.next() else { return }
                    let names = (0..<header.count).map { header[$0].displayString }
                    let positions = schema.columns.map { names.firstIndex(of: $0) }
                    while let record = try reader.next() {
                        if record.count == 1, record[0].isEmpty { continue }  // a blank line
                        table.rows.append(positions.map { position in
                            guard let position, position < record.count, !record[position].isEmpty else { return nil }
                            return record[position].string
                        })
                    }
                }
            } catch {
                throw DatasetError(DatasetIssue(file: schema.file, problem: error.description))
            }
            tables.append(table)
        }
        return tables
    }
}
