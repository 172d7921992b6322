import HummingbirdBcrypt

/// Passwords are kept only as bcrypt hashes: slow on purpose, so that a copied store does
/// not give up its passwords to a quick search.
public enum Passwords {
    /// Shorter passwords are refused when an account is made.
    public static let minimumLength = 10

    /// bcrypt's work factor: 2^12 rounds, about a quarter of a second here.
    public static let cost: UInt8 = 12

    public static func hash(_ password: String, cost: UInt8 = Passwords.cost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, against hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// Checked against when the name is unknown, so that a sign-in takes as long whether or
    /// not the account exists.
    static let decoyHash = Bcrypt.hash("not a password anyone has", cost: cost)

    /// Why a new password is refused, or `nil` when it may be used.
    public static func problem(with password: String, for name: String) -> String? {
        if password.count < minimumLength { return "the password must be at least \(minimumLength) characters" }
        if password.lowercased() == name.lowercased() { return "the password must not be the name" }
        return nil
    }
}
