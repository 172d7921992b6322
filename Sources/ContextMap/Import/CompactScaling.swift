import Foundation

/// A second, compact form of a store's scaling rows, which is what loading the store reads.
///
/// The CSV text of the case records stays the record: it is what an export gives back, an
/// import merges into and every write checks. Loading it costs what reading the CSV file
/// costs and then SQLite's own work on top, so the store loaded more slowly than the folder
/// it came from. This form holds the same rows with dates, voices, scores and scales as
/// numbers and each id or respondent once per piece: about a sixth of the bytes, and no
/// text to parse. It is written from a checked `Dataset` and read back into the same columns
/// the CSV reader gives (`ScalingTableReader.read(compact:fromLine:)`); a piece that is
/// damaged or names an id the dataset lacks is not used, and the CSV text is read instead.
///
/// A piece, little-endian, numbers as unsigned LEB128:
/// - the version (one byte); the piece's number, the number of pieces, its rows (`Header`);
///   the number of strings;
/// - each string (a young person's or context's id, a respondent): its length, its UTF-8 bytes;
/// - each row: a byte of flags: the voice (bits 0–2), the scale (bit 3) and whether the row has
///   the young person (`samePerson`), context (`sameContext`) and date (`sameDay`) of the
///   row before it; then, where it has not, the young person's and context's string numbers
///   and the date (four bytes, days since 1970-01-01); the score (one byte); the respondent
///   (0 for none, else its string number + 1); the comment (0 for none, else its length + 1,
///   then its UTF-8 bytes);
/// - a checksum of all the bytes before it (eight bytes, `checksum(_:)`): the text has
///   SQLite's own checks of what it reads, and a piece changed by a single bit must not be
///   read as a voice or score that nobody gave.
public enum CompactScaling {
    static let version: UInt8 = 2
    static let samePerson: UInt8 = 0x10, sameContext: UInt8 = 0x20, sameDay: UInt8 = 0x40
    static let sameAsBefore = samePerson | sameContext | sameDay
    private static let voiceBits: UInt8 = 0x07, risk: UInt8 = 0x08, unused: UInt8 = 0x80

    /// Rows a piece holds: enough pieces to share among cores, few enough that SQLite hands
    /// over a few large values rather than many small ones.
    public static let rowsPerPiece = 65_536

    /// The scaling rows of `dataset` in pieces, in the order `order` gives (by default the
    /// dataset's own), a run of pieces encoded on each core. There is always at least one
    /// piece, so that a store with no scaling rows still says so.
    public static func pieces(of dataset: Dataset, order: [Int32]? = nil, rowsPerPiece: Int = rowsPerPiece) -> [[UInt8]] {
        let order = order ?? Array(0..<Int32(dataset.scaling.count))
        let count = max(1, (order.count + rowsPerPiece - 1) / rowsPerPiece)
        let cores = min(count, ProcessInfo.processInfo.activeProcessorCount)
        return ConcurrentPieces.perform(iterations: cores) { core in
            var encoder = CompactScalingEncoder(dataset)
            return (count * core / cores..<count * (core + 1) / cores).map { piece in
                encoder.piece(order[piece * rowsPerPiece..<min(order.count, (piece + 1) * rowsPerPiece)], number: piece, of: count)
            }
        }.flatMap { $0 }
    }

    /// A row's flags for its voice and scale; the `same…` flags are added to them.
    static func flags(voice: RespondentRole, scale: Scale) -> UInt8 {
        UInt8(voice.index) | (scale == .risk ? risk : 0)
    }

    /// The voice in a row's flags; `nil` for flags no row is written with.
    static func voice(of flags: UInt8) -> RespondentRole? {
        let index = Int(flags & voiceBits)
        guard flags & unused == 0, index < RespondentRole.allCases.count else { return nil }
        return RespondentRole(index: index)
    }

    static func scale(of flags: UInt8) -> Scale { flags & risk == 0 ? .safety : .risk }

    /// What a piece says of itself, and where its strings start.
    struct Header {
        let number: Int, count: Int, rows: Int
        let size: Int
    }

    /// The start of `piece`, read without checking the rest; `nil` when it is not a piece of
    /// this version.
    static func header(of piece: UnsafeRawBufferPointer) -> Header? {
        var cursor = ByteCursor(piece)
        guard cursor.byte() == version, let number = cursor.number(), let count = cursor.number(),
              let rows = cursor.number() else { return nil }
        return Header(number: number, count: count, rows: rows, size: cursor.offset)
    }

    /// The piece without its checksum, when the checksum matches it.
    static func checkedContents(of piece: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard piece.count >= 8 else { return nil }
        let contents = UnsafeRawBufferPointer(rebasing: piece[..<(piece.count - 8)])
        guard UInt64(littleEndian: piece.loadUnaligned(fromByteOffset: piece.count - 8, as: UInt64.self)) == checksum(contents) else { return nil }
        return contents
    }

    /// A 64-bit checksum a word at a time. Each step is a one-to-one function of the state
    /// and the word, so any change within one word always changes the result.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var state = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        func mix(_ word: UInt64) {
            state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 29
        }
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        mix(tail)
        return state
    }
}
