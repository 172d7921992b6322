import ArgumentParser
import ContextMap

struct Partners: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hotspots and peer clusters together, from one reading of the data: what a community safety partnership looks at.",
        discussion: "The same figures as `hotspots` and `clusters`, at partner level unless --audience says otherwise.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var audience: AudienceOptions

    func run() throws {
        let analysis = figures.analysis(of: try data.load(for: audience.resolved(default: .partner)))
        let naming = try audience.naming(for: analysis.dataset, default: .partner)
        let report = PartnerOverviewReport(analysis: analysis, naming: naming, roundTo: audience.roundTo)
        try data.recordView("partners", audience: report.hotspots.audience,
                            rows: report.hotspots.hotspots.count + report.clusters.clusters.count)
        Terminal.write(report, as: output.format)
    }
}
