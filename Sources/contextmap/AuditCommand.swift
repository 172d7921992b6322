import ArgumentParser
import ContextMap
import ContextMapStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the store's audit trail: every import and every view, when, who, what, for which audience.",
        discussion: """
        Oldest first. The filters narrow it together: who saw a young person's records \
        (--young-person), what one person did (--who), one kind of action (--action), a span \
        of days in UTC (--since, --until), or only the latest entries (--last).
        """)

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .long, help: ArgumentHelp("Entries on or after this day.", valueName: "YYYY-MM-DD"), transform: DayArgument.parse)
    var since: Day?

    @Option(name: .long, help: ArgumentHelp("Entries on or before this day.", valueName: "YYYY-MM-DD"), transform: DayArgument.parse)
    var until: Day?

    @Option(name: .long, help: ArgumentHelp("Entries by this person, as written in the trail.", valueName: "name"))
    var who: String?

    @Option(name: .long, help: ArgumentHelp("Entries of one action: import, export, backup, remove, weigh, map, pack, hotspots…", valueName: "action"))
    var action: String?

    @Option(name: .customLong("young-person"), help: ArgumentHelp("Entries that name this young person: their map, pack or weighting.", valueName: "id"))
    var youngPerson: String?

    @Option(name: .long, help: ArgumentHelp("Only the latest this many entries.", valueName: "n"))
    var last: Int?

    @OptionGroup var output: ReportFormatOptions

    func validate() throws {
        try DayArgument.checkSpan(since: since, until: until)
        if let last, last < 1 { throw ValidationError("--last \(last): expected 1 or more entries.") }
    }

    func run() throws {
        let filter = AuditFilter(since: since, until: until, who: who, action: action,
                                 youngPerson: youngPerson, last: last)
        do {
            Terminal.write(AuditReport(entries: try CaseStore(path: db).auditTrail(filter)), as: output.format)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
