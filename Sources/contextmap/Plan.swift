import ArgumentParser
import ContextMap

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How far each plan aims at places and groups, and which high-share contexts no action targets.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var audience: AudienceOptions

    @Option(name: .long, help: "The young person's id (repeat for several; default: everyone).")
    var youngPerson: [String] = []

    @Option(name: .long, help: "A computed share (%) at or above which a context with no action is listed.")
    var highShare: Double = 25

    func validate() throws {
        guard (0...100).contains(highShare) else { throw ValidationError("--high-share must be a percentage from 0 to 100.") }
    }

    func run() throws {
        try audience.refusePublic("plan", default: .practitioner)
        let dataset = try data.load(for: audience.resolved(default: .practitioner))
        var options = figures.analysisOptions
        options.highShare = highShare
        let analysis = figures.analysis(of: dataset, options: options)
        let people = try YoungPersonSelection.resolve(youngPerson, in: dataset, orAll: analysis.youngPeopleInIDOrder)
        let report = PlanReport(analysis: analysis, youngPeople: people, naming: try audience.naming(for: dataset, default: .practitioner))
        try data.recordView("plan", audience: audience.resolved(default: .practitioner), rows: people.count, detail: YoungPersonSelection.detail(youngPerson))
        Terminal.write(report, as: output.format)
    }
}
