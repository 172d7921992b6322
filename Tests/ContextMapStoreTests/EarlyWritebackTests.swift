import Foundation
import Testing
@testable import ContextMapStore
import TestScratch
#if canImport(Glibc)
import Glibc
#endif

/// Flushing a store's files early while an import writes changes nothing in them and leaves
/// SQLite's locks on them as they were.
@Suite struct EarlyWritebackTests {
    /// Linux's `F_OFD_GETLK` (not exported to Swift): asks about locks from an open file
    /// description of its own, so it sees the locks this same process holds.
    static let openFileDescriptionGetLock: Int32 = 36

    /// Whether some lock is held on `path`, asked through a new descriptor that is left open
    /// (closing it would release the very locks being asked about).
    func isLocked(_ path: String) -> Bool {
        let probe = open(path, O_RDWR)
        var query = flock()
        query.l_type = Int16(F_WRLCK)
        query.l_whence = Int16(SEEK_SET)
        return fcntl(probe, Self.openFileDescriptionGetLock, &query) == 0 && query.l_type != Int16(F_UNLCK)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func flushingKeepsTheLocksThisProcessHoldsOnTheFiles() throws {
        let folder = try ScratchFolder.make("writeback")
        let file = folder.appendingPathComponent("store.sqlite").path
        // The descriptor and lock SQLite would hold on the store.
        let held = open(file, O_RDWR | O_CREAT, 0o644)
        defer { close(held) }
        #expect(write(held, Array(repeating: UInt8(7), count: 4096), 4096) == 4096)
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        #expect(fcntl(held, F_SETLK, &lock) == 0)
        #expect(isLocked(file))
        #expect(EarlyWriteback.descriptors(on: [file, file + "-no-such-file"]).contains(held))
        let writeback = EarlyWriteback(files: [file, file + "-no-such-file"], every: 0.001)
        Thread.sleep(forTimeInterval: 0.05)
        writeback.finish()
        #expect(isLocked(file))
    }

    @Test func finishingStopsAtOnce() {
        // An hour between flushes: only the stop signal can end the wait in time.
        let writeback = EarlyWriteback(files: ["/no/such/store.sqlite"], every: 3600)
        let started = Date()
        writeback.finish()
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test func flushingWhileAFileIsWrittenChangesNothingInIt() throws {
        let folder = try ScratchFolder.make("writeback-content")
        let file = folder.appendingPathComponent("store.sqlite").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        let writeback = EarlyWriteback(files: [file], every: 0.001)
        let chunk = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        for _ in 0..<64 { handle.write(chunk) }
        writeback.finish()
        try handle.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(Array(repeating: chunk, count: 64).joined()))
    }
}
