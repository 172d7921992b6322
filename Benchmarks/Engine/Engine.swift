import Benchmark
import ContextMap
import Foundation

/// The engine's steps in-process, on a generated dataset of 20,000 young people and 4,000
/// contexts (42 MB of CSV): reading and checking the files, then each figure on the dataset
/// read once. Whole-process figures on 100,000 young people are in Benchmarks/README.md.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(20), maxIterations: 50)
    let folder = EngineSample.folder
    let analysis = Analysis(dataset: try! DatasetReader.read(from: folder))

    Benchmark("Read and check the CSV folder") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try DatasetReader.read(from: folder)) }
    }

    Benchmark("Context weighting, every young person") { benchmark in
        for _ in benchmark.scaledIterations {
            for person in analysis.dataset.youngPeople.indices { blackHole(analysis.weighting(of: person)) }
        }
    }

    Benchmark("Hotspots, with first and last seen") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(HotspotReport(analysis: analysis)) }
    }

    Benchmark("Peer clusters") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(analysis.peerClusters()) }
    }

    Benchmark("Harm-weighted place network") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(analysis.placeNetwork()) }
    }

    Benchmark("One young person's map (DOT)", configuration: .init(maxIterations: 10_000)) { benchmark in
        let person = analysis.dataset.youngPeople.indices.max { analysis.dataset.links.byYoungPerson[$0].count < analysis.dataset.links.byYoungPerson[$1].count }!
        for _ in benchmark.scaledIterations { blackHole(PersonMap(analysis: analysis, youngPerson: person).dot) }
    }
}

enum EngineSample {
    /// The generated dataset, made once under the system's temporary folder.
    static let folder: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contextmap-bench-yp20000-c4000-s1")
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("scaling.csv").path) {
            try! DatasetGenerator(youngPeople: 20_000, contexts: 4_000, seed: 1).write(to: folder)
        }
        return folder.path
    }()
}
