import ArgumentParser
import ContextMap
import ContextMapStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the store's audit trail: every import and every view, when, who, what, for which audience.")

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @OptionGroup var output: ReportFormatOptions

    func run() throws {
        do {
            Terminal.write(AuditReport(entries: try CaseStore(path: db).auditTrail()), as: output.format)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
