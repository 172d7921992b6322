import Dispatch

/// Work that runs on another thread while the caller does its own, then is waited for:
/// how a dataset's smaller tables are read beside its largest.
///
/// Unlike a task, it may use what the caller lends it without copying (the closure and the
/// state it captures), because `finish()` must be called before the caller's work returns;
/// the caller promises not to touch that state until then.
final class SideLane<Failure: Error>: @unchecked Sendable {
    // @unchecked: `work` and `outcome` are used only by the lane's thread until `done` is
    // signalled, and only by the caller after `finish()` has waited for it.
    private var work: (() throws(Failure) -> Void)?
    private var outcome: Result<Void, Failure> = .success(())
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on another thread.
    init(_ work: @escaping () throws(Failure) -> Void) {
        self.work = work
        DispatchQueue.global().async { [self] in
            do throws(Failure) {
                try self.work?()
            } catch {
                outcome = .failure(error)
            }
            self.work = nil  // let go of what the caller lent before the caller may return
            done.signal()
        }
    }

    /// Waits for the work, then throws what it threw.
    func finish() throws(Failure) {
        done.wait()
        try outcome.get()
    }
}
