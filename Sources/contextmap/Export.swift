import ArgumentParser
import ContextMap
import ContextMapStore
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the store back out in the data contract's form, values exactly as imported.",
        discussion: "A path ending in .json gets the contract's JSON form; any other path, a folder of CSV files.")

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .long, help: ArgumentHelp("A new folder to write (or an empty one), or a new .json file.", valueName: "path"))
    var out: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is exporting, for the audit trail (default: the login name).", valueName: "name"))
    var exporter: String?

    func validate() throws {
        try DatasetOptions.checkAuditName(exporter)
    }

    func run() throws {
        if let problem = Self.problem(writingTo: out) {
            Terminal.error("error: \(out) \(problem): an export writes a new folder or file, so that it holds the store and nothing else; "
                + "choose a new name, or move the old one away. Nothing was exported.")
            throw ExitCode(1)
        }
        do {
            let store = try CaseStore(path: db)
            let tables = try store.tables()
            let rows = tables.reduce(0) { $0 + $1.rows.count }
            // Recorded first: nothing leaves the store unaudited.
            try store.recordView(who: exporter ?? DatasetOptions.loginName, action: "export", audience: Audience.practitioner.rawValue,
                                 rows: rows, detail: out)
            if out.lowercased().hasSuffix(".json") {
                try RawTableWriter.writeJSON(tables, to: out)
            } else {
                try RawTableWriter.write(tables, to: out)
            }
            Terminal.error("exported \(rows) row(s) from \(db) to \(out)")
        } catch let error as CocoaError {
            Terminal.error("error: could not write the export to \(out): \(error.localizedDescription)")
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// What is already at `path` that an export must not write over or beside, if anything:
    /// only a missing path or an empty folder is written to.
    static func problem(writingTo path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return "is a file that already exists" }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return contents.isEmpty ? nil : "is a folder that already holds files (\(contents.sorted().prefix(3).joined(separator: ", "))\(contents.count > 3 ? ", …" : ""))"
    }
}
