import ArgumentParser
import ContextMap
import ContextMapStore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an export (a CSV folder or a JSON file) and add it to the case store, all or nothing.",
        discussion: """
        The export is checked on its own first, then written in one transaction, and the store \
        as it will be is checked again before anything is committed. Young people, contexts, \
        links and the other tables are matched by identity and updated; a plan action's new \
        status is an update with its history kept; an export's scaling rows for one young \
        person, context and date replace the stored ones of that review, and new dates add to \
        the history; an export's agreed shares for one young person and date replace the \
        stored ones together. A column the export leaves out (in JSON, a key none of a \
        table's objects has) keeps what the store holds; an empty cell in a column it has \
        clears the stored value. \
        Importing the same export again changes nothing. Nothing is removed by an import: \
        see `contextmap remove`.
        """)

    @Option(name: .long, help: ArgumentHelp("A folder of CSV files, or a JSON file, in the data contract.", valueName: "path"))
    var dataset: String

    @Option(name: .long, help: ArgumentHelp("The case store (made if missing).", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is importing, for the audit trail (default: the login name).", valueName: "name"))
    var importer: String?

    func validate() throws {
        try DatasetOptions.checkAuditName(importer)
    }

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataset, isDirectory: &isFolder) else {
            Terminal.error("error: \(dataset): not found; expected a folder of CSV files or a JSON file in the data contract")
            throw ExitCode(1)
        }
        let storeWasThere = FileManager.default.fileExists(atPath: db)
        let wasEmptyFile = CaseStore.isEmptyFile(at: db)
        do {
            let (summary, warnings) = try importIntoStore(folder: isFolder.boolValue)
            Terminal.warn(warnings)
            // The command that shows what was replaced, for this store.
            let replaced = "contextmap replaced" + (db == DatasetOptions.defaultStore ? "" : " --db \(Terminal.shellWord(db))")
            for review in summary.droppedVoices {
                Terminal.error("warning: \(review); the rows it held are kept (`\(replaced) --young-person \(Terminal.shellWord(review.youngPerson))`)")
            }
            Terminal.error("imported \(dataset) into \(db): \(summary.added) row(s) added, \(summary.updated) updated"
                + (summary.replaced == 0 ? "" : "; the \(summary.replaced) row(s) they replaced are kept (`\(replaced)`)"))
        } catch {
            if let error = error as? DatasetError {
                Terminal.error(error.report(ending: "nothing was imported"))
            } else {
                Terminal.error("\(error)\nnothing was imported")
            }
            // A store this import made is empty: left there, it would look like a store that
            // holds no one. An empty file given as the store is left empty, as it was.
            if !storeWasThere || wasEmptyFile { CaseStore.deleteFiles(at: db, keepingTheFileEmpty: wasEmptyFile) }
            throw ExitCode(1)
        }
    }

    /// Imports into the store, which is closed again when this returns.
    private func importIntoStore(folder: Bool) throws -> (summary: ImportSummary, warnings: IssueLog) {
        let store = try CaseStore(path: db, creatingIfMissing: true)
        let who = importer ?? DatasetOptions.loginName
        return folder ? try store.importFolder(dataset, who: who) : try store.importJSON(dataset, who: who)
    }
}
