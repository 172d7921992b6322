/// The store could not be used, with SQLite's reason and the file.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let operation: String
    public let reason: String

    init(path: String, operation: String, underlying: any Error) {
        self.path = path
        self.operation = operation
        self.reason = "\(underlying)"
    }

    public var description: String { "error: could not \(operation) the store \(path): \(reason)" }
}
