/// A removal named a young person or a context the store does not hold.
public struct NotInStoreError: Error, CustomStringConvertible, Sendable {
    public let removal: Removal
    public let path: String

    public var description: String { "error: the store \(path) holds no \(removal); nothing was removed" }
}
