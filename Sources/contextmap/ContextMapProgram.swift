import ArgumentParser
import Dispatch

/// The program's entry point.
///
/// Every command but `serve` runs on the main thread as a plain synchronous program. Run from
/// Swift concurrency's pool instead (as an `AsyncParsableCommand` root does), a command
/// occupies one of that pool's threads, which on Linux are Dispatch's own workers, and the
/// Dispatch work it starts (parallel reading, the import's writer beside its reader) has a core
/// fewer: importing 100,000 young people took 0.6 s longer. `serve` is asynchronous; it runs in
/// a task while the main thread waits for it.
@main
enum ContextMapProgram {
    static func main() {
        do {
            var command = try ContextMapCommand.parseAsRoot()
            if let asyncCommand = command as? AsyncParsableCommand {
                try wait(for: asyncCommand)
            } else {
                try command.run()
            }
        } catch {
            ContextMapCommand.exit(withError: error)
        }
    }

    /// Runs an asynchronous command to its end, blocking the calling (main) thread.
    private static func wait(for command: AsyncParsableCommand) throws {
        let outcome = Outcome(command)
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            await outcome.run()
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw error }
    }

    /// The command and how it ended, handed between the main thread and the task.
    ///
    /// @unchecked: the task is the only user between its start and the semaphore's signal;
    /// the main thread reads `error` only after the signal.
    private final class Outcome: @unchecked Sendable {
        private var command: AsyncParsableCommand
        private(set) var error: Error?

        init(_ command: AsyncParsableCommand) { self.command = command }

        func run() async {
            do { try await command.run() } catch { self.error = error }
        }
    }
}
