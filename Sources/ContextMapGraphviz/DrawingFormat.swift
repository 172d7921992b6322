/// The file formats a map is drawn in.
public enum DrawingFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// The DOT source itself, as sent to Graphviz; the `dot` command reads it.
    case dot

    /// The name Graphviz knows the format by.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }

    /// The format a file name's extension asks for (`map.svg` → svg).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}
