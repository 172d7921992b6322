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

    @Option(name: .long, help: ArgumentHelp("The folder to write (made if missing), or a .json file.", valueName: "path"))
    var out: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is exporting, for the audit trail (default: the login name).", valueName: "name"))
    var exporter: String?

    func run() throws {
        do {
            let store = try CaseStore(path: db)
            let tables = try store.tables()
            if out.lowercased().hasSuffix(".json") {
                try RawTableWriter.writeJSON(tables, to: out)
            } else {
                try RawTableWriter.write(tables, to: out)
            }
            let rows = tables.reduce(0) { $0 + $1.rows.count }
            try store.recordView(who: exporter ?? DatasetOptions.loginName, action: "export", audience: Audience.practitioner.rawValue,
                                 rows: rows, detail: out)
            Terminal.error("exported \(rows) row(s) from \(db) to \(out)")
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
