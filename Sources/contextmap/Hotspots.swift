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

    @Flag(name: .long, help: "Test equal-sized cells for significant hot spots (Getis-Ord Gi*), where places have coordinates.")
    var cells = false

    @Option(name: .long, help: ArgumentHelp("The size of a cell for --cells, in metres (250m) or kilometres (1km).", valueName: "size"))
    var cell: String = "250m"

    @Option(name: .long, help: "The shape of the cells: square or hexagon.")
    var grid: CellGrid.Shape = .square

    @Option(name: .long, help: "Permutations for the p-values of --cells.")
    var permutations: Int = 999

    @Option(name: .long, help: "The seed of the permutations, so that a run can be repeated exactly.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The false discovery rate for --cells (Benjamini–Hochberg).")
    var fdr: Double = 0.05

    /// `250m` → 250, `1km` → 1000, `300` → 300.
    var cellMetres: Double? {
        let text = cell.lowercased()
        let (number, scale) = text.hasSuffix("km") ? (text.dropLast(2), 1000.0) : text.hasSuffix("m") ? (text.dropLast(), 1.0) : (Substring(text), 1.0)
        guard let value = Double(number), value > 0, value.isFinite else { return nil }
        return value * scale
    }

    func validate() throws {
        guard cellMetres != nil else { throw ValidationError("--cell \"\(cell)\" is not a size; expected metres such as 250m or kilometres such as 1km.") }
        guard permutations >= 0 else { throw ValidationError("--permutations must be 0 or more.") }
        guard fdr > 0, fdr < 1 else { throw ValidationError("--fdr must be between 0 and 1.") }
        guard !(emerging && cells) else { throw ValidationError("Give --emerging or --cells, not both.") }
        guard !(emerging && figures.since != nil) else {
            throw ValidationError("--emerging compares the last --window with the one before it, up to the as-of date; --since does not apply to it.")
        }
        guard windowDays != nil else { throw ValidationError("--window \"\(window)\" is not a length; expected days such as 90d or weeks such as 13w.") }
    }

    /// `90d` → 90, `13w` → 91, `30` → 30.
    var windowDays: Int? {
        let unit = window.last.map { $0.isLetter ? $0 : "d" } ?? "d"
        let number = window.last?.isLetter == true ? window.dropLast() : Substring(window)
        guard let count = Int(number), count > 0 else { return nil }
        switch unit {
        case "d": return count
        case "w":
            let (days, overflow) = count.multipliedReportingOverflow(by: 7)
            return overflow ? nil : days
        default: return nil
        }
    }

    func run() throws {
        let audience = audience.resolved(default: .partner)
        let analysis = figures.analysis(of: try data.load(for: audience))
        if cells {
            guard let format = format.report else { throw ValidationError("--cells is written as table, json or csv.") }
            try data.recordView("hotspots --cells", audience: audience, rows: 0)
            Terminal.write(CellSignificanceReport(analysis: analysis, shape: grid, size: cellMetres!, permutations: permutations,
                                                  seed: seed, falseDiscoveryRate: fdr), as: format)
            return
        }
        if emerging {
            guard let format = format.report else {
                throw ValidationError("--emerging is written as table, json or csv.")
            }
            let report = EmergingHotspotReport(analysis: analysis, days: windowDays!, audience: audience)
            try data.recordView("hotspots --emerging", audience: audience, rows: report.emerging.count)
            Terminal.write(report, as: format)
            return
        }
        let report = HotspotReport(analysis: analysis, audience: audience, roundTo: self.audience.roundTo)
        try data.recordView("hotspots", audience: audience, rows: report.hotspots.count, detail: format.rawValue)
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

extension CellGrid.Shape: ExpressibleByArgument {}
