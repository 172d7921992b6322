import Foundation

/// Writes tables of text cells back as the contract's CSV folder: what `export` gives, the
/// values exactly as they were imported.
public enum RawTableWriter {
    /// Writes one file per table that has rows (and every required file), making the folder.
    public static func write(_ tables: [RawTable], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for table in tables {
            let schema = TableSchema.all.first { $0.file == table.file }
            if table.rows.isEmpty, schema?.mayBeAbsent ?? true { continue }
            var out = CSVWriter(header: table.columns)
            for row in table.rows { out.row(row) }
            try Data(out.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(table.file), options: .atomic)
        }
    }
}
