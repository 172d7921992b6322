import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The secret behind partner pseudonyms, kept in a local file that only its owner can read.
/// The same key gives the same pseudonym for a young person in every run; a new key gives
/// unrelated pseudonyms. The key is never printed.
public struct PseudonymKey: Sendable {
    let bytes: [UInt8]

    /// `$CONTEXTMAP_KEY_FILE`, else `~/.config/contextmap/pseudonym.key`.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["CONTEXTMAP_KEY_FILE"], !path.isEmpty { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/contextmap/pseudonym.key"
    }

    /// Reads the key at `path`, or makes one (32 random bytes, owner-only permissions) when
    /// there is no file yet.
    public static func loadOrCreate(at path: String = defaultPath) throws(PseudonymKeyError) -> PseudonymKey {
        if FileManager.default.fileExists(atPath: path) { return try load(from: path) }
        return try create(at: path)
    }

    /// A key from bytes, for tests.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static func load(from path: String) throws(PseudonymKeyError) -> PseudonymKey {
        var info = stat()
        guard stat(path, &info) == 0 else { throw PseudonymKeyError(path: path, problem: "cannot be read") }
        guard info.st_mode & 0o077 == 0 else {
            throw PseudonymKeyError(path: path, problem: "can be read by others than its owner; run chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path), data.count == 32 else {
            throw PseudonymKeyError(path: path, problem: "is not a pseudonym key (expected 32 bytes)")
        }
        return PseudonymKey(bytes: Array(data))
    }

    private static func create(at path: String) throws(PseudonymKeyError) -> PseudonymKey {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw PseudonymKeyError(path: path, problem: "cannot be created: \(error.localizedDescription)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        // O_EXCL: two processes starting at once must not each write a different key.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try load(from: path) }
            throw PseudonymKeyError(path: path, problem: "cannot be created: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            unlink(path)
            throw PseudonymKeyError(path: path, problem: "could not be written")
        }
        return PseudonymKey(bytes: bytes)
    }
}

/// The pseudonym key file is unusable, and why.
public struct PseudonymKeyError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: String
    public var description: String { "error: the pseudonym key \(path) \(problem)" }
}
