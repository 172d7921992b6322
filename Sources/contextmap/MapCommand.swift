import ArgumentParser
import ContextMap
import ContextMapGraphviz

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw one young person's context map for a conference screen.",
        discussion: """
        The young person is at the centre; each linked context is around them, grouped and \
        shaped by type, with its harm, its share of all the young person's harm and its trend. \
        Line colour and width show the harm; dashed lines are contexts not yet scaled; a double \
        outline marks a context where the people who scaled it disagree widely.
        """)

    @OptionGroup var data: DatasetOptions
    @OptionGroup var figures: FigureOptions
    @OptionGroup var output: MapOutputOptions

    @Option(name: .long, help: "The young person's id.")
    var youngPerson: String

    @Option(name: .long, help: "How Graphviz places the contexts: twopi (rings round the young person), neato, fdp, sfdp, dot or circo.")
    var layout: Layout = .twopi

    @Option(name: .long, help: "A spread (0–10) at or above which the voices are marked as disagreeing widely.")
    var wideSpread: Double = 4

    func run() throws {
        let dataset = try data.load()
        let analysis = figures.analysis(of: dataset)
        let person = try YoungPersonSelection.resolve([youngPerson], in: dataset, orAll: [])[0]
        let map = PersonMap(analysis: analysis, youngPerson: person, options: MapOptions(wideSpread: wideSpread))
        try data.recordView("map", audience: .practitioner, rows: 1, detail: youngPerson)
        try output.write(dot: map.dot, twin: PersonMapReport(map: map), layout: layout)
    }
}
