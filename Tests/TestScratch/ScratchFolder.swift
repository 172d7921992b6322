import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where tests write their files: one folder per test process in the system's temporary
/// folder, removed when the process exits, so that a test run leaves nothing behind.
public enum ScratchFolder {
    /// A new, empty folder whose name starts with `name`.
    public static func make(_ name: String) throws -> URL {
        let url = path(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path, starting with `name`, that nothing is at yet.
    public static func path(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    private static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("contextmap-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()
}
