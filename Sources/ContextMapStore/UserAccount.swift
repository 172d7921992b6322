/// A person who may sign in to `serve`: their name (which is also how young people's
/// `allocated_worker` names them), their role, and a slow hash of their password.
public struct UserAccount: Sendable, Equatable {
    public let name: String
    public let role: UserRole
    /// A bcrypt hash; the password itself is never stored.
    public let passwordHash: String

    public init(name: String, role: UserRole, passwordHash: String) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
    }
}
