// swift-tools-version: 6.1
// In-process benchmarks, kept out of the main package so that its build and tests never
// fetch or compile the benchmark tooling. Run from this folder:
//     swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
    name: "ContextMapBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ContextMap", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Engine",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ContextMap", package: "ContextMap"),
            ],
            path: "Engine",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "MapRendering",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ContextMap", package: "ContextMap"),
                .product(name: "ContextMapGraphviz", package: "ContextMap"),
            ],
            path: "MapRendering",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
