#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only file mapped into memory.
///
/// Mapping lets the reader walk a 100 MB file as one byte buffer without copying it
/// or holding it twice. The mapping is the only owner of the region: it is unmapped
/// in `deinit`, and the bytes never outlive `withUnsafeBytes`.
public final class MappedFile: @unchecked Sendable {
    // @unchecked: the region is mapped PROT_READ and never written after `init`,
    // so sharing it between threads is safe.
    private let base: UnsafeMutableRawPointer?
    public let count: Int
    public let path: String

    /// - Throws: `FileError` when the file cannot be opened, read or mapped.
    public init(path: String) throws(FileError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileError(path: path, reason: "is not a regular file") }
        count = Int(info.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        let region = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let region, region != MAP_FAILED else { throw FileError(path: path, errno: errno) }
        #if canImport(Glibc)
        _ = madvise(region, count, MADV_SEQUENTIAL)
        #endif
        base = region
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// Calls `body` with the file's bytes; the pointer is valid only inside `body`.
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
