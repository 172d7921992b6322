import ContextMapStore
import Foundation
import Synchronization

/// The sessions of people signed in, held in memory only: restarting `serve` signs everyone
/// out. A session ends after `idleLimit` without a request and after `lifetime` in any case.
final class SessionTable: Sendable {
    let idleLimit: TimeInterval
    let lifetime: TimeInterval
    private let sessions = Mutex<[String: Session]>([:])
    private let now: @Sendable () -> Date

    init(idleLimit: TimeInterval = 4 * 3600, lifetime: TimeInterval = 12 * 3600, now: @escaping @Sendable () -> Date = Date.init) {
        self.idleLimit = idleLimit
        self.lifetime = lifetime
        self.now = now
    }

    /// A new session for `account`: always a new token, so a token seen before signing in
    /// is never the one used after.
    func open(for account: UserAccount) -> Session {
        let time = now()
        let session = Session(token: RandomToken.make(), user: account.name, role: account.role,
                              formToken: RandomToken.make(), started: time, lastSeen: time)
        sessions.withLock { table in
            table = table.filter { isLive($0.value, at: time) }
            table[session.token] = session
        }
        return session
    }

    /// The live session with this token, marked as seen now.
    func session(token: String) -> Session? {
        let time = now()
        return sessions.withLock { table in
            guard var session = table[token] else { return nil }
            guard isLive(session, at: time) else {
                table[token] = nil
                return nil
            }
            session.lastSeen = time
            table[token] = session
            return session
        }
    }

    func close(token: String) {
        _ = sessions.withLock { $0.removeValue(forKey: token) }
    }

    /// Ends every session of `user` (their account was removed or changed).
    func closeAll(of user: String) {
        sessions.withLock { table in table = table.filter { $0.value.user != user } }
    }

    private func isLive(_ session: Session, at time: Date) -> Bool {
        time.timeIntervalSince(session.lastSeen) < idleLimit && time.timeIntervalSince(session.started) < lifetime
    }
}
