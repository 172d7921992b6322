import ArgumentParser
import ContextMap
import ContextMapGraphviz

/// What a map command writes: a drawing, or the map's text twin.
enum MapFormat: String, CaseIterable, ExpressibleByArgument {
    case svg, png, pdf, dot, json, table, csv
    /// For `network`: the young-person/context graph for Gephi, yEd or networkx.
    case graphml

    var drawing: DrawingFormat? { DrawingFormat(rawValue: rawValue) }
    var text: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

extension Layout: ExpressibleByArgument {}
