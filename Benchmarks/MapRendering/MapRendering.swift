import Benchmark
import ContextMap
import ContextMapGraphviz
import Foundation

/// One young person's context map drawn in-process, beside the same DOT drawn by the `dot`
/// command as a separate process, the way a script without ContextMap would draw it.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(10), maxIterations: 2_000)
    let dot = MapSample.dot(contexts: 20)

    Benchmark("Person map, 20 contexts, in-process twopi SVG") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try GraphvizRenderer.shared.render(dot, layout: .twopi, format: .svg))
        }
    }

    Benchmark("Person map, 20 contexts, dot -Tsvg -Ktwopi as a process", configuration: .init(maxIterations: 200)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try MapSample.drawWithDotCommand(dot))
        }
    }

    Benchmark("Person map, 20 contexts, 10,000 in-process renders", configuration: .init(
        metrics: [.wallClock, .peakMemoryResident, .memoryLeaked], maxDuration: .seconds(120), maxIterations: 1)) { benchmark in
        for _ in 0..<10_000 {
            blackHole(try GraphvizRenderer.shared.render(dot, layout: .twopi, format: .svg))
        }
    }
}

enum MapSample {
    /// The DOT of a generated young person with `contexts` contexts.
    static func dot(contexts: Int) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contextmap-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try! DatasetGenerator(youngPeople: 200, contexts: 60, seed: 7).write(to: folder)
        let analysis = Analysis(dataset: try! DatasetReader.read(from: folder.path))
        let links = analysis.dataset.links.byYoungPerson
        let person = analysis.dataset.youngPeople.indices.min { abs(links[$0].count - contexts) < abs(links[$1].count - contexts) }!
        return PersonMap(analysis: analysis, youngPerson: person).dot
    }

    static func drawWithDotCommand(_ dot: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", "-Ktwopi"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return svg
    }
}
