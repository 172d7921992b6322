import ArgumentParser
import ContextMap

struct Hotspots: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Places and groups outside the home that recur across young people's cases.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var audience: AudienceOptions

    func run() throws {
        let analysis = Analysis(dataset: try data.load(), options: figures.analysisOptions)
        Terminal.write(HotspotReport(analysis: analysis, audience: audience.resolved(default: .partner), roundTo: audience.roundTo), as: output.format)
    }
}
