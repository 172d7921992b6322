import ArgumentParser
import ContextMap
import Foundation

/// Writing to standard output and standard error.
enum Terminal {
    /// Writes a report to standard output as it is produced.
    static func write(_ report: some Report, as format: OutputFormat) {
        report.write(as: format) { write($0) }
    }

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Writes straight to the file descriptor: a region's report is a hundred megabytes,
    /// not worth copying into `Data` first.
    static func write(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            let written = Foundation.write(STDOUT_FILENO, rest.baseAddress, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                return  // standard output is closed (a pipe whose reader has gone): nothing left to do
            }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }

    /// Writes `bytes` to the file at `path` in one step (a reader never sees half a file);
    /// a failure is said on standard error and ends the command with status 1.
    static func write(_ bytes: [UInt8], toFile path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Terminal.error("error: could not write \(path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Warnings go to standard error so that they never mix with JSON or CSV on standard output;
    /// the first is shown, `validate` lists them all.
    static func warn(_ warnings: IssueLog) {
        guard let first = warnings.kept.first else { return }
        error("warning: \(first)")
        if warnings.count > 1 { error("warning: … and \(warnings.count - 1) more (contextmap validate lists them all)") }
    }

    /// `text` as one word of a shell command a person can paste: as it is when it is plain,
    /// otherwise in single quotes.
    static func shellWord(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._/-:+@".unicodeScalars.contains($0)) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
