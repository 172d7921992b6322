/// Graphviz could not draw a graph, with its own words about why and, where it helps, what
/// to install.
public struct GraphvizError: Error, CustomStringConvertible, Sendable {
    public enum Stage: Sendable, Equatable {
        case parsing
        case layout(Layout)
        case drawing(DrawingFormat)
    }

    public let stage: Stage
    /// Graphviz's messages, in order.
    public let messages: [String]

    /// Whether Graphviz's plugins are missing or unconfigured: then it says only that a
    /// layout or format is "not recognized".
    public var isMissingPlugins: Bool {
        messages.contains { $0.contains("not recognized") }
    }

    public var description: String {
        let what = switch stage {
        case .parsing: "the map's graph did not parse"
        case .layout(let layout): "Graphviz could not lay out the map with \(layout.rawValue)"
        case .drawing(let format): "Graphviz could not draw the map as \(format.rawValue)"
        }
        var text = "error: \(what)"
        if !messages.isEmpty { text += ": " + messages.joined(separator: " ") }
        if isMissingPlugins {
            text += "\nGraphviz's plugins are missing or not configured. Install them with `apt-get install graphviz` "
                + "(Debian, Ubuntu) or `brew install graphviz` (macOS), or, if they are installed, register them by running `dot -c` as root."
        }
        return text
    }
}
