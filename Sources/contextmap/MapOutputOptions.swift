import ArgumentParser
import ContextMap
import ContextMapGraphviz

/// Where and how a map is written.
struct MapOutputOptions: ParsableArguments {
    @Option(name: .long, help: "svg, png, pdf or dot for the drawing; json, table or csv for its text twin; graphml for a network (default: from --out's extension, else svg).")
    var format: MapFormat?

    @Option(name: .long, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var out: String?

    /// The format asked for, or the one `--out`'s extension names.
    var resolvedFormat: MapFormat {
        format ?? out.flatMap { name in
            name.lowercased().hasSuffix(".graphml") ? .graphml : DrawingFormat(fileName: name).flatMap { MapFormat(rawValue: $0.rawValue) }
        } ?? .svg
    }

    /// Draws `dot`, or writes the text twin or `graphML`, to `--out` or standard output.
    func write(dot: @autoclosure () -> String, twin: some Report, layout: Layout,
               graphML: (() -> String)? = nil) throws {
        let bytes: [UInt8]
        if resolvedFormat == .graphml {
            guard let graphML else {
                Terminal.error("error: --format graphml is for network maps.")
                throw ExitCode(1)
            }
            bytes = Array(graphML().utf8)
        } else if let text = resolvedFormat.text {
            bytes = twin.rendered(as: text)
        } else {
            bytes = try Graphviz.draw(dot(), layout: layout, format: resolvedFormat.drawing!)
        }
        guard let out else { return Terminal.write(bytes) }
        try Terminal.write(bytes, toFile: out)
    }
}
