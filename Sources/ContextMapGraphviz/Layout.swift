/// How Graphviz places the nodes.
public enum Layout: String, CaseIterable, Sendable {
    /// Layers, for hierarchies.
    case dot
    /// A spring model: repeatable, good for up to a few hundred nodes.
    case neato
    /// A force-directed model: clusters of nodes stay together.
    case fdp
    /// A multiscale force-directed model for thousands of nodes; not repeatable run to run.
    case sfdp
    /// Rings around a centre node: one young person's map.
    case twopi
    /// A circle.
    case circo
}
