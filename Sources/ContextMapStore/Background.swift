import Foundation
import Synchronization

/// Work started on another thread whose result is waited for where it is needed: how an
/// import checks an export, gathers its case records and writes at the same time.
final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
            done.leave()
        }
    }

    /// Waits for the work, then returns what it returned or throws what it threw.
    func value() throws -> Value {
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
