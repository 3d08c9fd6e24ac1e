// swift-tools-version: 6.1
// Benchmarks for Lifeline's Monte Carlo engine, in a package of their own so that the benchmark tool and its
// dependencies never join a build of the root package. Run with:
//     cd Benchmarks && swift package benchmark
// ordo-one/benchmark needs its `MallocInterposer` trait named here on Linux with Swift 6.3 (the default trait set
// would also pull in a runtime interposer that is not available on these machines).
import PackageDescription

let package = Package(
    name: "LifelineBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Lifeline", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // `swift package benchmark` finds benchmark targets under Benchmarks/<target name>/.
        .executableTarget(
            name: "SimulationBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LifelineAnalysis", package: "Lifeline"),
                .product(name: "LifelineData", package: "Lifeline"),
            ],
            path: "Benchmarks/SimulationBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Registry load, chart rendering, Markdown → HTML and the whole report build, in process.
        .executableTarget(
            name: "ReportBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LifelineAnalysis", package: "Lifeline"),
                .product(name: "LifelineData", package: "Lifeline"),
                .product(name: "LifelineRender", package: "Lifeline"),
            ],
            path: "Benchmarks/ReportBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Reads a Markdown file and renders it through `CommonMark.render` (libcmark plus heading ids), writing
        // the HTML to stdout: the Lifeline side of the libcmark-vs-`cmark`-CLI comparison in compare.sh.
        .executableTarget(
            name: "MarkdownHarness",
            dependencies: [.product(name: "LifelineRender", package: "Lifeline"), "CCmarkBaseline"],
            path: "Sources/MarkdownHarness"
        ),
        // libcmark called straight from C: the in-process baseline MarkdownHarness compares Lifeline's layer with.
        .systemLibrary(name: "CCmarkBaseline", path: "Sources/CCmarkBaseline", pkgConfig: "libcmark"),
        // A plain command-line harness for one-off measurements (`/usr/bin/time -v` of a billion draws, draws per
        // second at a given thread count) without the benchmark tool around it.
        .executableTarget(
            name: "SimulationHarness",
            dependencies: [
                .product(name: "LifelineAnalysis", package: "Lifeline"),
                .product(name: "LifelineData", package: "Lifeline"),
            ],
            path: "Sources/SimulationHarness"
        ),
    ]
)
