// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Lifeline, kept in their own package so that the fuzz builds (which need
// `-sanitize=fuzzer,address -parse-as-library`) never join the root package's build or tests.
// See README.md for how to build and run them.
// Only the fuzz targets link libFuzzer and are parsed as libraries: given through `-Xswiftc`, these flags
// would also reach the root package's build tool (Plugins/EmbedTool), whose main.swift has top-level code
// and which cannot link libFuzzer's driver. The libraries are instrumented by the command line (README.md).
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
let fuzzLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "LifelineFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Lifeline", path: "..")],
    targets: [
        // The hand-over to libFuzzer's driver that both targets share.
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzRegistryLoader",
            dependencies: ["FuzzDriver", .product(name: "LifelineData", package: "Lifeline")],
            swiftSettings: fuzzSettings,
            linkerSettings: fuzzLinking
        ),
        .executableTarget(
            name: "FuzzEscaping",
            dependencies: [
                "FuzzDriver",
                .product(name: "LifelineRender", package: "Lifeline"),
                .product(name: "LifelineCharts", package: "Lifeline"),
            ],
            swiftSettings: fuzzSettings,
            linkerSettings: fuzzLinking
        ),
    ]
)
