// swift-tools-version: 6.1
import PackageDescription

// Dependencies flow one way: lifeline (CLI) → LifelineRender → LifelineAnalysis → LifelineData.
// LifelineCharts is a general SVG chart kit with no remittance knowledge; only the renderer uses it.
let package = Package(
    name: "Lifeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lifeline", targets: ["lifeline"]),
        .library(name: "LifelineData", targets: ["LifelineData"]),
        .library(name: "LifelineAnalysis", targets: ["LifelineAnalysis"]),
        .library(name: "LifelineCharts", targets: ["LifelineCharts"]),
        .library(name: "LifelineRender", targets: ["LifelineRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // swift-mustache 2.1.1 with its parser's quadratic length checks made linear: see Vendor/swift-mustache/LIFELINE.md.
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev, Homebrew: cmark).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Turns files into Swift string constants at build time, so that a `lifeline` binary copied
        // anywhere still carries its default registry and templates.
        .executableTarget(name: "lifeline-embed", path: "Plugins/EmbedTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["lifeline-embed"]),

        // SHA-256 with the x86-64 SHA instructions where the processor has them (the Swift one otherwise).
        .target(name: "CSHA256"),
        .target(
            name: "LifelineData",
            dependencies: ["CSHA256", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedFiles"]
        ),
        // The simulation's column loops in AVX2 lanes where the processor has them (the Swift loops otherwise).
        .target(name: "CKernels"),
        .target(name: "LifelineAnalysis", dependencies: ["LifelineData", "CKernels"]),
        .target(name: "LifelineCharts"),
        .target(
            name: "LifelineRender",
            dependencies: [
                "LifelineAnalysis", "LifelineCharts", "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(
            name: "lifeline",
            dependencies: [
                "LifelineRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Linked by lld, which the Swift toolchain for Linux ships: the binary starts and runs a build about 3 ms
            // sooner than gold's (Benchmarks/README.md).
            linkerSettings: [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux]))]
        ),

        .testTarget(name: "LifelineDataTests", dependencies: ["LifelineData"]),
        .testTarget(
            name: "LifelineAnalysisTests",
            dependencies: ["LifelineAnalysis", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "LifelineChartsTests", dependencies: ["LifelineCharts"]),
        .testTarget(
            name: "LifelineRenderTests",
            dependencies: [
                "LifelineRender", "LifelineAnalysis", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .testTarget(name: "LifelineCLITests", dependencies: ["lifeline", "LifelineData"]),
    ]
)
