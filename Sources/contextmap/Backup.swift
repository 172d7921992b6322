import ArgumentParser
import ContextMapStore
import Foundation

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the store to a file with SQLite's online backup, safe while it is in use.")

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Argument(help: ArgumentHelp("The backup file to write.", valueName: "file"))
    var file: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is copying the store, for the audit trail (default: the login name).", valueName: "name"))
    var copier: String?

    func validate() throws {
        try DatasetOptions.checkAuditName(copier)
        guard !FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file) exists already; name a new file.") }
    }

    func run() throws {
        do {
            let store = try CaseStore(path: db)
            // Recorded first, so that the copy holds its own entry too.
            try store.recordView(who: copier ?? DatasetOptions.loginName, action: "backup", audience: nil, rows: 0, detail: file)
            try store.backup(to: file)
            Terminal.error("backed up \(db) to \(file)")
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
