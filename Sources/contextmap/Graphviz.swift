import ArgumentParser
import ContextMapGraphviz

/// Drawing for a command: Graphviz's warnings go to standard error, and a failure is said
/// there and ends the command with status 1.
enum Graphviz {
    static func draw(_ dot: String, layout: Layout, format: DrawingFormat) throws -> [UInt8] {
        do {
            let drawing = try GraphvizRenderer.shared.render(dot, layout: layout, format: format)
            for warning in drawing.warnings { Terminal.error("warning: Graphviz: \(warning)") }
            return drawing.bytes
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
