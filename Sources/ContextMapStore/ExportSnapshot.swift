import ContextMap
import Foundation

/// What an export's files were when an import began to read them: an import reads each file
/// more than once (the check, the records, the rows), and must not commit a store made of
/// two versions of an export that was rewritten or replaced meanwhile.
struct ExportSnapshot: Sendable {
    /// A file's identity, size, and times of its last change: the modification time, which
    /// a copy can set back, and the status change time, which nothing can.
    private struct Stamp: Equatable, Sendable {
        let device: Int64, inode: UInt64, size: Int64
        let modified: timespec, changed: timespec

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    private let stamps: [(path: String, stamp: Stamp?)]

    /// The contract's files in `folder`, those there and those not.
    init(folder: String) {
        self.init(paths: RawTable.contractFiles.map { (folder as NSString).appendingPathComponent($0.file) })
    }

    /// The files at `paths`, such as a JSON export's one file.
    init(paths: [String]) {
        stamps = paths.map { ($0, Self.stamp($0)) }
    }

    /// The size of the file at `path` when first seen; `nil` if it was not there.
    func size(of path: String) -> Int64? { stamps.first { $0.path == path }?.stamp?.size }

    /// - Throws: `ExportChangedError` naming the first file that is not as it was.
    func checkUnchanged() throws(ExportChangedError) {
        for (path, stamp) in stamps {
            let now = Self.stamp(path)
            if now != stamp { throw ExportChangedError(path: path, appeared: stamp == nil) }
        }
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        return Stamp(device: Int64(truncatingIfNeeded: info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                     modified: modified, changed: changed)
    }
}
