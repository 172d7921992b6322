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

    func validate() throws {
        guard !FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file) exists already; name a new file.") }
    }

    func run() throws {
        do {
            let store = try CaseStore(path: db)
            try store.backup(to: file)
            try store.recordView(who: DatasetOptions.loginName, action: "backup", audience: nil, rows: 0, detail: file)
            Terminal.error("backed up \(db) to \(file)")
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
