import ArgumentParser
import ContextMapServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a new password: asked twice without echo at a terminal, else the first line of
/// standard input (for scripts: `printf '%s\n' "$PASSWORD" | contextmap user add …`).
enum PasswordPrompt {
    static func read(for name: String) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) != 0 {
            let first = prompt("Password for \(name): ")
            guard prompt("Again: ") == first else { throw ValidationError("The two passwords differ.") }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        if let problem = Passwords.problem(with: password, for: name) { throw ValidationError("Not saved: \(problem).") }
        return password
    }

    private static func prompt(_ text: String) -> String {
        guard let entered = getpass(text) else { return "" }
        return String(cString: entered)
    }
}
