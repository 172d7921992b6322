import ArgumentParser
import ContextMap
import ContextMapGraphviz
import Foundation

struct RenderAll: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-all",
        abstract: "Draw every young person's context map into a folder, one file each.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var figures: FigureOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the maps into (made if missing).", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "svg, png, pdf or dot.")
    var format: DrawingFormat = .svg

    @Option(name: .long, help: "How Graphviz places the contexts.")
    var layout: Layout = .twopi

    @Option(name: .long, help: "Draw only the first N young people, in id order.")
    var limit: Int?

    @Option(name: .long, help: "A spread (0–10) at or above which the voices are marked as disagreeing widely.")
    var wideSpread: Double = 4

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
    }

    func run() throws {
        let dataset = try data.load()
        let analysis = figures.analysis(of: dataset)
        var people = analysis.youngPeopleInIDOrder
        if let limit { people = Array(people.prefix(limit)) }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Terminal.error("error: could not make the folder \(out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        // Recorded before any map is drawn: no child's map leaves the store unaudited.
        try data.recordView("render-all", audience: .practitioner, rows: people.count, detail: out)
        let options = MapOptions(wideSpread: wideSpread)
        var failures = 0
        var progress = Progress(total: people.count)
        for person in people {
            let map = PersonMap(analysis: analysis, youngPerson: person, options: options)
            let path = out + "/" + MapFileName.forID(map.youngPersonID) + "." + format.rawValue
            do {
                let drawing = try GraphvizRenderer.shared.render(map.dot, layout: layout, format: format)
                try Data(drawing.bytes).write(to: URL(fileURLWithPath: path))
            } catch {
                failures += 1
                Terminal.error("error: \(map.youngPersonID): \(error)")
            }
            progress.advance()
        }
        Terminal.error("drew \(people.count - failures) map(s) in \(out)" + (failures > 0 ? "; \(failures) failed" : ""))
        if failures > 0 { throw ExitCode(1) }
    }

    /// Progress on standard error, at most every percent, for long runs.
    struct Progress {
        let total: Int
        private var done = 0
        private var shownPercent = -1

        init(total: Int) { self.total = total }

        mutating func advance() {
            done += 1
            guard total >= 100 else { return }
            let percent = done * 100 / total
            if percent != shownPercent, percent % 5 == 0 {
                shownPercent = percent
                Terminal.error("drawn \(done) of \(total) (\(percent)%)")
            }
        }
    }
}

extension DrawingFormat: ExpressibleByArgument {}
