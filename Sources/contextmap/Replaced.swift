import ArgumentParser
import ContextMap
import ContextMapStore

struct Replaced: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what imports replaced: each earlier row as the store held it, with when, who and from which export.",
        discussion: """
        An import that corrects a review, an agreed weighting, a link, a peer link, a plan \
        action, a young person, a context or a place replaces the stored rows and keeps them \
        here, so that nothing recorded is lost to a later export. Viewing them is written to \
        the audit trail.
        """)

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .customLong("young-person"), help: ArgumentHelp("Only this young person's rows.", valueName: "id"))
    var youngPerson: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is looking, for the audit trail (default: the login name).", valueName: "name"))
    var viewer: String?

    @OptionGroup var output: ReportFormatOptions

    func validate() throws {
        try DatasetOptions.checkAuditName(viewer)
    }

    func run() throws {
        do {
            let store = try CaseStore(path: db)
            let rows = try store.replacedRows(of: youngPerson)
            try store.recordView(who: viewer ?? DatasetOptions.loginName, action: "replaced", audience: Audience.practitioner.rawValue,
                                 rows: rows.count, detail: youngPerson)
            Terminal.write(ReplacedRowsReport(rows: rows), as: output.format)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
