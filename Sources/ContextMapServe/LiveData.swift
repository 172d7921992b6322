import ContextMap
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
