import GRDB

/// The store could not be used, with SQLite's reason, the file, and what a person can do.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let operation: String
    public let reason: String
    /// What to do about it, when the cause is one a person can fix.
    public let advice: String?

    init(path: String, operation: String, underlying: any Error) {
        self.path = path
        self.operation = operation
        // SQLite's own words, without the statement it was running: that is ContextMap's
        // business, not the reader's.
        if let error = underlying as? DatabaseError {
            self.reason = error.message.map { "SQLite error \(error.resultCode.rawValue): \($0)" } ?? "\(error.resultCode)"
        } else {
            self.reason = "\(underlying)"
        }
        switch (underlying as? DatabaseError)?.resultCode.primaryResultCode {
        case .SQLITE_READONLY?, .SQLITE_CANTOPEN?, .SQLITE_PERM?:
            advice = "the store must be writable by this user: the file, and its folder for \(path)-wal and \(path)-shm"
        case .SQLITE_BUSY?, .SQLITE_LOCKED?:
            advice = "another contextmap command is writing to the store (an import has it to itself while it runs): run this again when it has finished"
        case .SQLITE_FULL?:
            advice = "the disk is full: free some space and run the command again"
        case .SQLITE_IOERR?:
            advice = "the disk could not be read or written: it may be full or failing; free some space or check it, then run the command again"
        default:
            advice = nil
        }
    }

    init(path: String, operation: String, reason: String, advice: String?) {
        self.path = path
        self.operation = operation
        self.reason = reason
        self.advice = advice
    }

    public var description: String {
        "error: could not \(operation) the store \(path): \(reason)" + (advice.map { "\n\($0)" } ?? "")
    }
}
