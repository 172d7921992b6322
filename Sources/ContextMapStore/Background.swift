import Foundation
import Synchronization

/// Work started on another thread whose result is waited for where it is needed: how an
/// import checks an export, gathers its case records and writes at the same time.
final class Background<Value: Sendable>: Sendable {
    /// How the work's thread competes for the cores.
    enum Priority {
        case normal
        /// Behind every other thread of the process: for work that is needed late and can
        /// fill the time the others leave.
        case low
    }

    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchGroup()

    init(priority: Priority = .normal, _ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        let run: @Sendable () -> Void = { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
            done.leave()
        }
        switch priority {
        case .normal:
            DispatchQueue.global().async(execute: run)
        case .low:
            // A thread of its own: an unprivileged thread cannot raise its priority back, so
            // a worker shared through Dispatch must not be lowered.
            Thread {
                Self.lowerThisThreadsPriority()
                run()
            }.start()
        }
    }

    /// Waits for the work, then returns what it returned or throws what it threw.
    func value() throws -> Value {
        done.wait()
        return try result.withLock { $0! }.get()
    }

    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        // On Linux the nice value belongs to the thread (elsewhere it would be the process's).
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
