/// Splits CSV bytes into pieces that can be read at the same time, one per core.
///
/// Each piece starts just after a line feed. A line feed inside a quoted field cannot be told
/// apart without reading from the start, so the split is a guess that a reader checks: a
/// piece that ends inside a quoted field throws `unclosedQuote` at its very end, and the
/// caller then reads the file in one piece instead. Line numbers inside a piece count from 1;
/// the caller adds the lines of the pieces before it.
public enum CSVChunker {
    /// Up to `count` ranges covering `bytes[start...]`, each (after the first) starting just
    /// after a line feed.
    public static func split(_ bytes: UnsafeRawBufferPointer, from start: Int, into count: Int) -> [Range<Int>] {
        let end = bytes.count
        guard count > 1, end - start > 1 << 20 else { return [start..<end] }
        var ranges: [Range<Int>] = []
        var lower = start
        for piece in 1..<count {
            var cut = start + (end - start) / count * piece
            guard cut > lower else { continue }
            while cut < end, bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            guard cut < end else { break }
            ranges.append(lower..<cut)
            lower = cut
        }
        ranges.append(lower..<end)
        return ranges
    }
}
