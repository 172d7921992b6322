import Foundation
import Synchronization

/// Slows down guessing: after `limit` failed sign-ins for one name, or `limit` × 4 from one
/// address, within `window`, further attempts are refused until the oldest failure leaves
/// the window. A successful sign-in clears the name's failures.
final class SignInLimiter: Sendable {
    let limit: Int
    let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])
    private let now: @Sendable () -> Date

    init(limit: Int = 5, window: TimeInterval = 15 * 60, now: @escaping @Sendable () -> Date = Date.init) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Seconds to wait before trying again, or `nil` when an attempt may go ahead.
    func retryAfter(name: String, address: String) -> Int? {
        let time = now()
        return failures.withLock { table in
            var wait: TimeInterval = 0
            for (key, allowed) in [(Self.key(name: name), limit), (Self.key(address: address), limit * 4)] {
                let recent = (table[key] ?? []).filter { time.timeIntervalSince($0) < window }
                table[key] = recent.isEmpty ? nil : recent
                if recent.count >= allowed, let oldest = recent.first {
                    wait = max(wait, window - time.timeIntervalSince(oldest))
                }
            }
            return wait > 0 ? max(1, Int(wait.rounded(.up))) : nil
        }
    }

    func recordFailure(name: String, address: String) {
        let time = now()
        failures.withLock { table in
            table[Self.key(name: name), default: []].append(time)
            table[Self.key(address: address), default: []].append(time)
        }
    }

    func recordSuccess(name: String) {
        _ = failures.withLock { $0.removeValue(forKey: Self.key(name: name)) }
    }

    private static func key(name: String) -> String { "name:" + name.lowercased() }
    private static func key(address: String) -> String { "address:" + address }
}
