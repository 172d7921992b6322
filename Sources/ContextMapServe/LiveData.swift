import ContextMap
import ContextMapGraphviz
import ContextMapStore
import Synchronization

/// The store's figures as the server shows them: loaded once, and loaded again when an
/// import or a removal has changed the store since (its generation moved on).
final class LiveData: Sendable {
    let store: CaseStore
    let options: AnalysisOptions
    private let current = Mutex<Snapshot?>(nil)

    init(store: CaseStore, options: AnalysisOptions) {
        self.store = store
        self.options = options
    }

    /// The figures for the store as it is now.
    func snapshot() throws -> Snapshot {
        let generation = try store.generation()
        return try current.withLock { current in
            if let snapshot = current, snapshot.generation == generation { return snapshot }
            let snapshot = Snapshot(generation: generation, analysis: Analysis(dataset: try store.dataset(), options: options))
            current = snapshot
            return snapshot
        }
    }
}

/// One load of the store and the drawings made from it.
final class Snapshot: Sendable {
    let generation: Int64
    let analysis: Analysis
    private let drawings = Mutex<[String: String]>([:])

    init(generation: Int64, analysis: Analysis) {
        self.generation = generation
        self.analysis = analysis
    }

    var dataset: Dataset { analysis.dataset }

    /// An SVG drawing of `dot`, made once per load: Graphviz takes one call at a time, and a
    /// conference screen asks for the same map on every refresh.
    func svg(named name: String, dot: @autoclosure () -> String, layout: Layout) throws -> String {
        if let drawn = drawings.withLock({ $0[name] }) { return drawn }
        let drawing = try GraphvizRenderer.shared.render(dot(), layout: layout, format: .svg)
        let text = String(decoding: drawing.bytes, as: UTF8.self)
        drawings.withLock { $0[name] = text }
        return text
    }
}
