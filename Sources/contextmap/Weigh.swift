import ArgumentParser
import ContextMap

struct Weigh: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which context most needs to change for each young person, with every voice kept visible.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var audience: AudienceOptions

    @Option(name: .long, help: "The young person's id (repeat for several; default: everyone).")
    var youngPerson: [String] = []

    func run() throws {
        try audience.refusePublic("weigh", default: .practitioner)
        let dataset = try data.load(for: audience.resolved(default: .practitioner))
        let analysis = figures.analysis(of: dataset)
        let people = try YoungPersonSelection.resolve(youngPerson, in: dataset, orAll: analysis.youngPeopleInIDOrder)
        let report = WeightingReport(analysis: analysis, youngPeople: people, naming: try audience.naming(for: dataset, default: .practitioner))
        try data.recordView("weigh", audience: audience.resolved(default: .practitioner), rows: people.count, detail: YoungPersonSelection.detail(youngPerson))
        Terminal.write(report, as: output.format)
    }
}
