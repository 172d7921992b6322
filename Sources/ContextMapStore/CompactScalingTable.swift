import ContextMap
import Foundation
import GRDB

/// The table that keeps the scaling rows in their compact form (`CompactScaling`), the form
/// a load reads. Every write that changes the store writes it again from the dataset it
/// checked, marked with the generation it commits; a load uses it only when that is the
/// store's generation. Triggers drop it when the scaling records change any other way
/// (SQL by hand, `StoreTriggers`), so that a load never reads rows the text no longer holds.
enum CompactScalingTable {
    /// Replaces the compact form with `dataset`'s scaling rows (read from the store's text,
    /// so in the records' order), for the current generation: call it after
    /// `StoreSchema.advanceGeneration` and after the last change to the records.
    static func write(_ dataset: Dataset, rowsPerPiece: Int = CompactScaling.rowsPerPiece, into db: Database) throws {
        try write(CompactScaling.pieces(of: dataset, rowsPerPiece: rowsPerPiece), into: db)
    }

    /// Replaces the compact form with `pieces`, for the current generation.
    static func write(_ pieces: [[UInt8]], into db: Database) throws {
        let generation = try StoreSchema.generation(db)
        try db.execute(sql: "DELETE FROM compact_scaling")
        for (number, piece) in pieces.enumerated() {
            try db.execute(sql: "INSERT INTO compact_scaling (piece, generation, data) VALUES (?, ?, ?)",
                           arguments: [number, generation, Data(piece)])
        }
    }

    /// Writes the store's generation into the file's header too (`user_version`, which no
    /// SQL dump carries): a store rebuilt from a dump, whose rows go in before its triggers
    /// so that an edit there never drops the form, then does not use it. Call it last, once
    /// the triggers are in place.
    static func stamp(_ db: Database) throws {
        try db.execute(sql: "PRAGMA user_version = \(headerStamp(try StoreSchema.generation(db)))")
    }

    /// The generation as the header's 32 bits hold it.
    private static func headerStamp(_ generation: Int64) -> Int32 { Int32(truncatingIfNeeded: generation & 0x7FFF_FFFF) }

    /// The pieces, in order, when every one was written for `generation` in this file (see
    /// `stamp`) and the triggers that would have dropped them are all there; otherwise `nil`.
    static func read(_ db: Database, generation: Int64) throws -> [[UInt8]]? {
        guard try StoreTriggers.arePresent(StoreTriggers.compactScaling, in: db),
              try Int32.fetchOne(db, sql: "PRAGMA user_version") == headerStamp(generation) else { return nil }
        var pieces: [[UInt8]] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT generation, data FROM compact_scaling ORDER BY piece")
        while let row = try rows.next() {
            guard row[0] as Int64? == generation else { return nil }
            guard let piece = try row.withUnsafeData(atIndex: 1, { $0.map { [UInt8]($0) } }) else { return nil }
            pieces.append(piece)
        }
        return pieces.isEmpty ? nil : pieces
    }
}
