import ArgumentParser
import ContextMap
import ContextMapStore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a CSV export and add it to the case store, all or nothing.",
        discussion: """
        Every row is checked, together with what the store already holds, before anything is \
        written; then the whole export goes in one transaction. Importing the same export again \
        changes nothing; a later export updates young people, contexts and links by id and adds \
        its scaling rows to the history, so earlier --as-of views stay answerable. Nothing is \
        removed by an import.
        """)

    @Option(name: .long, help: ArgumentHelp("A folder of CSV files in the data contract.", valueName: "path"))
    var dataset: String

    @Option(name: .long, help: ArgumentHelp("The case store (made if missing).", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is importing, for the audit trail (default: the login name).", valueName: "name"))
    var importer: String?

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataset, isDirectory: &isFolder), isFolder.boolValue else {
            Terminal.error("error: \(dataset): expected a folder of CSV files in the data contract")
            throw ExitCode(1)
        }
        do {
            // The export on its own first, so its problems are reported with its own lines.
            let checked = try DatasetReader.read(from: dataset)
            Terminal.warn(checked.warnings)
            let tables = try RawTableReader.read(folder: dataset)
            let store = try CaseStore(path: db)
            let who = importer ?? DatasetOptions.loginName
            let summary = try store.importTables(tables, source: (dataset as NSString).lastPathComponent, who: who)
            Terminal.error("imported \(dataset) into \(db): \(summary.added) row(s) added, \(summary.updated) updated")
        } catch let error as DatasetError {
            Terminal.error(error.description)
            Terminal.error("nothing was imported")
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            Terminal.error("nothing was imported")
            throw ExitCode(1)
        }
    }
}
