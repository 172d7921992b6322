import CGraphviz
import Foundation

/// Lays out and draws graphs written in the DOT language with the Graphviz C library, in
/// this process.
///
/// Graphviz is not thread-safe (even lookups reorganise its trees), so every call into it is
/// made under one lock, and one long-lived context is kept: making a context per drawing is
/// slower and leaks. Each drawing resets Graphviz's process-wide, sticky error count and
/// captures its messages, so that one bad graph never breaks the next.
public final class GraphvizRenderer: @unchecked Sendable {
    // @unchecked: `context` and the captured messages are touched only while `lock` is held.

    /// The renderer every caller in the process shares.
    public static let shared = GraphvizRenderer()

    private let lock = NSLock()
    private let context: OpaquePointer

    private init() {
        guard let context = gvContext() else { fatalError("Graphviz could not make a context: out of memory") }
        self.context = context
        _ = agseterrf(captureMessage)
        _ = agseterr(AGWARN)
    }

    /// The version of the Graphviz library in use, e.g. `2.43.0`.
    public var graphvizVersion: String {
        lock.withLock { String(cString: cm_graphviz_version(context)) }
    }

    /// Draws `dot` with `layout` as `format`.
    /// - Throws: `GraphvizError` with Graphviz's own messages when the graph does not parse,
    ///   cannot be laid out or cannot be drawn; the next drawing is unaffected.
    public func render(_ dot: String, layout: Layout, format: DrawingFormat) throws(GraphvizError) -> Drawing {
        if format == .dot { return Drawing(bytes: Array(dot.utf8), warnings: []) }
        lock.lock()
        defer { lock.unlock() }
        capturedMessages = ""
        _ = agreseterrors()

        guard let graph = cm_read_graph(dot) else {
            throw GraphvizError(stage: .parsing, messages: takeMessages())
        }
        defer { agclose(graph) }

        guard gvLayout(context, graph, layout.rawValue) == 0, agerrors() == 0 else {
            throw GraphvizError(stage: .layout(layout), messages: takeMessages())
        }
        defer { gvFreeLayout(context, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = cm_render_data(context, graph, format.graphvizName, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, agerrors() == 0, let data else {
            throw GraphvizError(stage: .drawing(format), messages: takeMessages())
        }
        let bytes = Array(UnsafeRawBufferPointer(start: data, count: length))
        return Drawing(bytes: bytes, warnings: takeMessages())
    }

    /// Graphviz's messages since the drawing began, one per line, without its "Warning:"
    /// and "Error:" prefixes' line breaks.
    private func takeMessages() -> [String] {
        defer { capturedMessages = "" }
        return capturedMessages.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// What Graphviz reported during the drawing in progress; written only under the renderer's
/// lock, by the callback below.
nonisolated(unsafe) private var capturedMessages = ""

/// Graphviz's error callback: keeps what it would print to standard error. A message may
/// arrive in several pieces ("Warning", ": ", the text), so pieces are joined and split
/// into lines when read.
private let captureMessage: agusererrf = { message in
    if let message { capturedMessages += String(cString: message) }
    return 0
}
