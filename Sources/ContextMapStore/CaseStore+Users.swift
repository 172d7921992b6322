import GRDB

extension CaseStore {
    /// Adds a person who may sign in, or gives an existing one a new role and password.
    /// The change is written to the audit trail as done by `who`.
    public func saveUser(_ account: UserAccount, who: String) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                    """, arguments: [account.name, account.role.rawValue, account.passwordHash, Self.now()])
                try Self.audit(db, who: who, action: "user add", audience: nil, rows: 1, detail: "\(account.name) as \(account.role.rawValue)")
            }
        } catch {
            throw StoreError(path: path, operation: "save a user in", underlying: error)
        }
    }

    /// Removes a person's account; `false` when there was none by that name.
    @discardableResult
    public func removeUser(named name: String, who: String) throws(StoreError) -> Bool {
        do {
            return try database.write { db in
                try db.execute(sql: "DELETE FROM users WHERE name = ?", arguments: [name])
                guard db.changesCount > 0 else { return false }
                try Self.audit(db, who: who, action: "user remove", audience: nil, rows: 1, detail: name)
                return true
            }
        } catch {
            throw StoreError(path: path, operation: "remove a user from", underlying: error)
        }
    }

    /// The account named `name`, if there is one.
    public func user(named name: String) throws(StoreError) -> UserAccount? {
        do {
            return try database.read { db in
                try Row.fetchOne(db, sql: "SELECT name, role, password_hash FROM users WHERE name = ?", arguments: [name])
                    .flatMap(Self.account)
            }
        } catch {
            throw StoreError(path: path, operation: "read the users of", underlying: error)
        }
    }

    /// Every account, by name.
    public func users() throws(StoreError) -> [UserAccount] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT name, role, password_hash FROM users ORDER BY name").compactMap(Self.account)
            }
        } catch {
            throw StoreError(path: path, operation: "read the users of", underlying: error)
        }
    }

    /// How many writes to case records the store has committed: it changes when an import or
    /// a removal lands, so a long-running reader knows to load again.
    public func generation() throws(StoreError) -> Int64 {
        do {
            return try database.read { db in try StoreSchema.generation(db) }
        } catch {
            throw StoreError(path: path, operation: "read", underlying: error)
        }
    }

    private static func account(_ row: Row) -> UserAccount? {
        guard let role = UserRole(rawValue: row["role"]) else { return nil }
        return UserAccount(name: row["name"], role: role, passwordHash: row["password_hash"])
    }
}
