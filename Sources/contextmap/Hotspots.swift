import ArgumentParser
import ContextMap

struct Hotspots: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Places and groups outside the home that recur across young people's cases.")

    @OptionGroup var data: DatasetOptions
    @Option(name: .long, help: "table (for reading), json, csv, or geojson (hotspots with coordinates, for QGIS).")
    var format: HotspotFormat = .table
    @OptionGroup var figures: FigureOptions
    @OptionGroup var audience: AudienceOptions

    @Flag(name: .long, help: "Compare the latest window with the one before it, to see where harm is rising.")
    var emerging = false

    @Option(name: .long, help: ArgumentHelp("The length of each window for --emerging: days (90d) or weeks (13w).", valueName: "length"))
    var window: String = "90d"

    func validate() throws {
        guard windowDays != nil else { throw ValidationError("--window \"\(window)\" is not a length; expected days such as 90d or weeks such as 13w.") }
    }

    /// `90d` → 90, `13w` → 91, `30` → 30.
    var windowDays: Int? {
        let unit = window.last.map { $0.isLetter ? $0 : "d" } ?? "d"
        let number = window.last?.isLetter == true ? window.dropLast() : Substring(window)
        guard let count = Int(number), count > 0 else { return nil }
        switch unit {
        case "d": return count
        case "w": return count * 7
        default: return nil
        }
    }

    func run() throws {
        let analysis = Analysis(dataset: try data.load(), options: figures.analysisOptions)
        let audience = audience.resolved(default: .partner)
        if emerging {
            guard let format = format.report else {
                throw ValidationError("--emerging is written as table, json or csv.")
            }
            Terminal.write(EmergingHotspotReport(analysis: analysis, days: windowDays!, audience: audience), as: format)
            return
        }
        let report = HotspotReport(analysis: analysis, audience: audience, roundTo: self.audience.roundTo)
        if let format = format.report {
            Terminal.write(report, as: format)
        } else {
            Terminal.write(HotspotGeoJSON(report: report).bytes)
        }
    }
}

/// How `hotspots` writes: a report format, or GeoJSON.
enum HotspotFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv, geojson

    var report: OutputFormat? { OutputFormat(rawValue: rawValue) }
}
