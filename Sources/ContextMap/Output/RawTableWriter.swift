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

    /// Writes the tables as the contract's JSON form: one object whose keys name the tables,
    /// each an array of objects keyed by column, an absent cell left out.
    public static func writeJSON(_ tables: [RawTable], to path: String) throws {
        var out = JSONWriter()
        out.object { out in
            for table in tables {
                let schema = TableSchema.all.first { $0.file == table.file }
                if table.rows.isEmpty, schema?.mayBeAbsent ?? true { continue }
                out.key(String(table.file.dropLast(4)))
                out.array { out in
                    for row in table.rows {
                        out.object { out in
                            for (column, cell) in zip(table.columns, row) where cell != nil { out.field(column, cell) }
                        }
                    }
                }
            }
        }
        try Data(out.bytes + [0x0A]).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
