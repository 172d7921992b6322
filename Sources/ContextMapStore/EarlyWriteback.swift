import Foundation

/// Flushes the store's files to disk every quarter of a second while an import writes, so
/// that the commit's own flush, which must finish before the import may say it is done,
/// finds little left to write.
///
/// The kernel keeps written pages in memory for up to half a minute before writing them
/// out, so the flush at the commit of a first import of 100,000 young people wrote all
/// 260 MB at once: 0.47 s of waiting with the cores idle. SQLite's own flushes, and so what
/// a commit guarantees, are unchanged; this only starts the disk's work sooner.
final class EarlyWriteback: Sendable {
    private let stop = DispatchSemaphore(value: 0)
    private let flushing: Background<Void>

    /// Starts flushing `files` (those that exist now) until `finish()`.
    init(files: [String], every interval: Double = 0.25) {
        let stop = self.stop
        // A thread of its own, not a Dispatch worker: it spends the import waiting, and the
        // import's work needs every worker.
        flushing = Background(priority: .low) {
            let descriptors = files.map { open($0, O_RDONLY | O_CLOEXEC) }.filter { $0 >= 0 }
            defer { for descriptor in descriptors { close(descriptor) } }
            while stop.wait(timeout: .now() + interval) == .timedOut {
                for descriptor in descriptors { _ = fdatasync(descriptor) }
            }
        }
    }

    /// Stops flushing and waits until the last flush has returned.
    func finish() {
        stop.signal()
        try? flushing.value()
    }
}
