import ArgumentParser
import ContextMap
import ContextMapPack

struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one young person's conference pack: a single HTML page to show or print.",
        discussion: """
        In the order a Risk Outside The Home conference takes it: what the young person says \
        about each place, then the family, then each professional; the context map; the \
        weighting the scaling proposes beside the one last agreed; what changed since the \
        last review; the plan; and the places they share with other young people, as counts. \
        The page needs nothing else to open (styles and map inline, no scripts) and prints \
        on A4. With --pdf it is also printed to PDF through headless Chromium.
        """)

    @OptionGroup var data: DatasetOptions
    @OptionGroup var figures: FigureOptions

    @Option(name: .long, help: "The young person's id.")
    var youngPerson: String

    @Option(name: .long, help: ArgumentHelp("The HTML file to write (default: pack-ID.html).", valueName: "file"))
    var out: String?

    @Flag(name: .long, help: "Also print the pack to PDF beside the HTML (needs Chromium: apt-get install chromium).")
    var pdf = false

    func run() throws {
        let dataset = try data.load()
        let analysis = figures.analysis(of: dataset)
        let person = try YoungPersonSelection.resolve([youngPerson], in: dataset, orAll: [])[0]
        let map = PersonMap(analysis: analysis, youngPerson: person)
        let svg = try Graphviz.draw(map.dot, layout: .twopi, format: .svg)
        let page = PackPage(pack: ConferencePack(analysis: analysis, youngPerson: person, mapSVG: String(decoding: svg, as: UTF8.self)))
        let path = out ?? "pack-\(MapFileName.forID(youngPerson)).html"
        try data.recordView("pack", audience: .practitioner, rows: 1, detail: youngPerson)
        try Terminal.write(Array(page.html.utf8), toFile: path)
        Terminal.error("wrote \(path)")
        if pdf { Terminal.error("wrote " + (try PackPrinter.printToPDF(html: path))) }
    }
}
