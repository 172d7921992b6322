import ContextMap
import ContextMapGraphviz
import Foundation
import Synchronization

/// One load of the store, and what has been worked out from it: pages and drawings are the
/// same for everyone until the store changes, so each is made once per load, by whichever
/// request first needs it while the others wait for it.
final class Snapshot: Sendable {
    /// The most values kept: a chair opening every young person of a region must not make the
    /// server hold every pack. Past this, values are made for each request and not kept.
    static let mostKept = 1_000

    let generation: Int64
    let analysis: Analysis
    private let slots = Mutex<[String: Slot]>([:])

    init(generation: Int64, analysis: Analysis) {
        self.generation = generation
        self.analysis = analysis
    }

    var dataset: Dataset { analysis.dataset }

    /// The value kept under `key`, made by `make` the first time. Different keys are made
    /// at once; a request for a key being made waits for it rather than making it again.
    func remembered<Value: Sendable>(_ key: String, _ make: () throws -> Value) rethrows -> Value {
        let kept: Slot? = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            guard slots.count < Self.mostKept else { return nil }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        guard let slot = kept else { return try make() }
        return try slot.lock.withLock {
            if let value = slot.value as? Value { return value }
            let value = try make()
            slot.value = value
            return value
        }
    }

    /// An SVG drawing of `dot`, made once per load (Graphviz draws one at a time).
    func svg(named name: String, dot: () -> String, layout: Layout) throws -> String {
        try remembered("svg " + name) {
            String(decoding: try GraphvizRenderer.shared.render(dot(), layout: layout, format: .svg).bytes, as: UTF8.self)
        }
    }

    /// One remembered value and the lock its maker holds.
    private final class Slot: @unchecked Sendable {
        // @unchecked: `value` is read and written only while `lock` is held.
        let lock = NSLock()
        var value: (any Sendable)?
    }
}
