import ArgumentParser
import ContextMap
import ContextMapStore
import Foundation

struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take a young person or a context out of the store, with every row that refers to them.",
        discussion: """
        An import never removes anything; this command is the only way rows leave the store. \
        Without --yes it only lists what would be removed. The removal is checked like an \
        import (an agreed weighting that would no longer sum to 100 stops it), runs in one \
        transaction and is written to the audit trail.
        """)

    // Arrays, so that a second --young-person is refused rather than quietly taking the
    // place of the first.
    @Option(name: .customLong("young-person"), help: ArgumentHelp("The id of the young person to remove (one per removal).", valueName: "id"))
    var youngPeople: [String] = []

    @Option(name: .customLong("context"), help: ArgumentHelp("The id of the context to remove (one per removal).", valueName: "id"))
    var contexts: [String] = []

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is removing, for the audit trail (default: the login name).", valueName: "name"))
    var remover: String?

    @Flag(help: "Remove for real; without it, only list what would be removed.")
    var yes = false

    func validate() throws {
        try DatasetOptions.checkAuditName(remover)
        guard youngPeople.count + contexts.count == 1 else {
            throw ValidationError("Give one --young-person ID or one --context ID: one removal at a time, each listed before it is made.")
        }
    }

    func run() throws {
        let removal: Removal = youngPeople.first.map(Removal.youngPerson) ?? .context(contexts[0])
        do {
            let store = try CaseStore(path: db)
            let named = try store.name(of: removal).map { "\(removal) (\($0))" } ?? "\(removal)"
            let removed = try store.remove(removal, who: remover ?? DatasetOptions.loginName, confirmed: yes)
            for (table, rows) in removed { print("\(table): \(rows) row(s)") }
            if yes {
                Terminal.error("removed \(named) from \(db)")
            } else {
                Terminal.error("nothing was removed: run again with --yes to remove \(named) and the rows above")
            }
        } catch let error as DatasetError {
            Terminal.error(error.report(ending: "nothing was removed: the store would no longer be a valid dataset"))
            if error.errors.kept.contains(where: { $0.file.hasSuffix("(agreed_weighting)") }) {
                Terminal.error("Agreed weightings would no longer sum to 100 without \(removal): import each one named above "
                    + "again without it (an export's shares for one young person and date replace the stored ones), "
                    + "then remove \(removal).")
            }
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
