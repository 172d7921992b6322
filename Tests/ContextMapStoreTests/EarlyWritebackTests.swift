import Foundation
import Testing
@testable import ContextMapStore
import TestScratch

/// Flushing a store's files early while an import writes leaves nothing behind.
@Suite struct EarlyWritebackTests {
    /// How many of this process's open descriptors are on `path` (other tests running at the
    /// same time open files of their own, so only this one's are counted).
    func descriptors(on path: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { entry in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + entry)) == path
        }.count
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func finishingStopsAtOnceAndClosesEveryFile() throws {
        let folder = try ScratchFolder.make("writeback")
        let file = folder.appendingPathComponent("store.sqlite").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data(repeating: 7, count: 4096)))
        // An hour between flushes: only the stop signal can end the wait in time.
        let writeback = EarlyWriteback(files: [file, file + "-no-such-file"], every: 3600)
        let started = Date()
        writeback.finish()
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(try descriptors(on: file) == 0)
    }

    @Test func flushingWhileAFileIsWrittenChangesNothingInIt() throws {
        let folder = try ScratchFolder.make("writeback-content")
        let file = folder.appendingPathComponent("store.sqlite").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        let writeback = EarlyWriteback(files: [file], every: 0.001)
        let handle = try #require(FileHandle(forWritingAtPath: file))
        let chunk = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        for _ in 0..<64 { handle.write(chunk) }
        try handle.close()
        writeback.finish()
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(Array(repeating: chunk, count: 64).joined()))
    }
}
