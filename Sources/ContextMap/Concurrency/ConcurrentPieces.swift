import Dispatch
import Foundation

/// Work done in pieces on every core, the results kept in order: reading scaling.csv, and
/// writing a region's weighting report (half a million rows, as much work as reading the files).
///
/// For output, pieces are done a round at a time (one per core) into buffers that are reused, so the
/// memory used stays a few pieces' worth however long the report is; touching fresh memory
/// costs as much as writing the text.
enum ConcurrentPieces {
    /// Calls `write` for consecutive ranges covering `0..<count`, each with an empty buffer to
    /// append to, several at a time, and passes the buffers to `output` in order.
    static func stream(count: Int, pieceSize: Int = 1_000,
                       write: @Sendable (Range<Int>, inout [UInt8]) -> Void,
                       to output: (UnsafeRawBufferPointer) -> Void) {
        let pieces = (count + pieceSize - 1) / pieceSize
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard pieces > 1, cores > 1 else {
            var buffer: [UInt8] = []
            write(0..<count, &buffer)
            return buffer.withUnsafeBytes(output)
        }
        let buffers = Buffers(count: min(cores, pieces))
        var first = 0
        while first < pieces {
            let round = min(buffers.count, pieces - first)
            let start = first
            DispatchQueue.concurrentPerform(iterations: round) { slot in
                let piece = start + slot
                buffers.fill(slot) { write(piece * pieceSize..<min(count, (piece + 1) * pieceSize), &$0) }
            }
            for slot in 0..<round { buffers.read(slot, output) }
            first += round
        }
    }

    /// `body` over consecutive ranges covering `0..<count`, several at a time, the results in
    /// order. Fewer than `minimumPieceSize` items are done in one piece on this thread.
    static func map<Result>(count: Int, minimumPieceSize: Int = 256, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pieces = max(1, min(cores * 4, count / minimumPieceSize))
        guard pieces > 1 else { return [body(0..<count)] }
        return perform(iterations: pieces) { piece in body(count * piece / pieces..<count * (piece + 1) / pieces) }
    }

    /// `body` for `0..<iterations` on every core, the results in iteration order.
    static func perform<Result>(iterations: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let results = Results<Result>(count: iterations)
        DispatchQueue.concurrentPerform(iterations: iterations) { index in results.store(body(index), at: index) }
        return results.collect()
    }

    /// One result per piece, each written by exactly one thread.
    private final class Results<Result>: @unchecked Sendable {
        // @unchecked: each iteration of concurrentPerform writes only its own slot, and the
        // slots are read only after concurrentPerform has returned.
        private let slots: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ result: Result, at index: Int) { slots[index] = result }

        func collect() -> [Result] { slots.map { $0! } }
    }

    /// One reusable buffer per core, each written by exactly one thread in a round.
    private final class Buffers: @unchecked Sendable {
        // @unchecked: in a round, each iteration of concurrentPerform touches only its own
        // slot, and the slots are read only after concurrentPerform has returned.
        private let slots: UnsafeMutableBufferPointer<[UInt8]>

        var count: Int { slots.count }

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [])
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func fill(_ slot: Int, _ body: (inout [UInt8]) -> Void) {
            slots[slot].removeAll(keepingCapacity: true)
            body(&slots[slot])
        }

        func read(_ slot: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
            slots[slot].withUnsafeBytes(body)
        }
    }
}
