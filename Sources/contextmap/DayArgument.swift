import ArgumentParser
import ContextMap

/// Days given on the command line (`--since`, `--until`, `--as-of`), checked the same way by
/// every command that takes them.
enum DayArgument {
    /// For `@Option(transform:)`: the parser then names the option and the value it refused.
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw ValidationError("expected YYYY-MM-DD, a real calendar date") }
        return day
    }

    /// Refuses a span that ends before it starts, which would select nothing without saying so.
    static func checkSpan(since: Day?, until: Day?) throws {
        if let since, let until, until < since {
            throw ValidationError("--since \(since) is after --until \(until).")
        }
    }
}
