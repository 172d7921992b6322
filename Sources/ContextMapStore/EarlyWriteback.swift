import Foundation

/// Flushes the store's files to disk every quarter of a second while an import writes, so
/// that the commit's own flush, which must finish before the import may say it is done,
/// finds little left to write.
///
/// The kernel keeps written pages in memory for up to half a minute before writing them
/// out, so the flush at the commit of a first import of 100,000 young people wrote all
/// 260 MB at once: 0.47 s of waiting with the cores idle. SQLite's own flushes, and so what
/// a commit guarantees, are unchanged; this only starts the disk's work sooner.
///
/// It flushes through the descriptors SQLite already holds on the files and never opens one
/// of its own: when a process closes any descriptor on a file, POSIX releases every lock the
/// process holds on it, so closing one of ours would quietly drop SQLite's locks on the store.
final class EarlyWriteback: Sendable {
    private let stop = DispatchSemaphore(value: 0)
    private let flushing: Background<Void>

    /// Starts flushing `files` until `finish()`.
    init(files: [String], every interval: Double = 0.25) {
        let stop = self.stop
        // A thread of its own, not a Dispatch worker: it spends the import waiting, and the
        // import's work needs every worker.
        flushing = Background(priority: .low) {
            while stop.wait(timeout: .now() + interval) == .timedOut {
                // Found again each time: SQLite opens the log and the journal as it needs them.
                for descriptor in Self.descriptors(on: files) { _ = fdatasync(descriptor) }
            }
        }
    }

    /// Stops flushing and waits until the last flush has returned.
    func finish() {
        stop.signal()
        try? flushing.value()
    }

    /// The descriptors this process holds open on `files` (by device and inode), from
    /// `/proc/self/fd`; none where there is no such folder, and then nothing is flushed early.
    static func descriptors(on files: [String]) -> [Int32] {
        var wanted: Set<[UInt64]> = []
        for file in files {
            var info = stat()
            if stat(file, &info) == 0 { wanted.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
        }
        guard !wanted.isEmpty, let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return [] }
        return entries.compactMap(Int32.init).filter { descriptor in
            var info = stat()
            return fstat(descriptor, &info) == 0 && wanted.contains([UInt64(info.st_dev), UInt64(info.st_ino)])
        }
    }
}
