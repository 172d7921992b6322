import ArgumentParser
import ContextMap

struct Clusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Young people joined by known associations or by harm in the same places and groups.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var audience: AudienceOptions

    func run() throws {
        let analysis = figures.analysis(of: try data.load(for: audience.resolved(default: .partner)))
        let report = ClusterReport(analysis: analysis, naming: try audience.naming(for: analysis.dataset, default: .partner))
        try data.recordView("clusters", audience: report.audience, rows: report.clusters.count)
        Terminal.write(report, as: output.format)
    }
}
