import ContextMap
import Foundation

/// What an export's files were when an import began to read them: an import reads each file
/// more than once (the check, the records, the rows), and must not commit a store made of
/// two versions of an export that was rewritten or replaced meanwhile.
struct ExportSnapshot: Sendable {
    private struct Stamp: Equatable, Sendable {
        var device: UInt64 = 0, inode: UInt64 = 0, size: Int64 = -1, seconds = 0, nanoseconds = 0
    }

    private let stamps: [(path: String, stamp: Stamp?)]

    /// The contract's files in `folder`, or the one file at `path`.
    init(folder: String) {
        self.init(paths: RawTable.contractFiles.map { (folder as NSString).appendingPathComponent($0.file) })
    }

    init(paths: [String]) {
        stamps = paths.map { ($0, Self.stamp($0)) }
    }

    /// - Throws: `ExportChangedError` naming the first file that is not as it was.
    func checkUnchanged() throws(ExportChangedError) {
        for (path, stamp) in stamps where Self.stamp(path) != stamp {
            throw ExportChangedError(path: path)
        }
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                     seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
