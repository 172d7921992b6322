import ContextMap
import Foundation

/// Writing to standard output and standard error.
enum Terminal {
    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
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
}
