import Foundation
import LifelineCharts
import Testing

/// Byte-for-byte comparisons with checked-in SVGs. Run with LIFELINE_UPDATE_GOLDEN=1 to rewrite them,
/// then review the diff (and look at the charts) before committing. A run that rewrites a file fails
/// (swift-argument-parser's habit), so a switch left on in CI can never pass by re-recording.
///
/// The files live in `.golden/` next to this file: a dot-folder, because SwiftPM warns about any
/// other file in a target folder that Package.swift does not declare.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(".golden")
    static let updating = ProcessInfo.processInfo.environment["LIFELINE_UPDATE_GOLDEN"] == "1"

    static let cases: [(file: String, render: @Sendable () throws -> String)] = [
        ("wait-times-report.svg", { try SampleCharts.histogram().svg(theme: .report) }),
        ("rates-by-region-slide.svg", { try SampleCharts.pointRange().svg(theme: .slide) }),
        ("forecast-dark-inline.svg", { try SampleCharts.forecast().svg(theme: .dark, options: .inline) }),
    ]

    @Test(arguments: cases.map(\.file))
    func matchesGolden(file: String) throws {
        let render = try #require(Self.cases.first { $0.file == file }).render
        let svg = try render()
        let url = Self.folder.appendingPathComponent(file)
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: url)
            Issue.record("recorded \(url.path) because LIFELINE_UPDATE_GOLDEN=1; review the diff, then run again without it")
            return
        }
        let golden = try #require(try? Data(contentsOf: url), "missing \(url.path); run with LIFELINE_UPDATE_GOLDEN=1")
        #expect(Data(svg.utf8) == golden, "\(file) differs from its golden file; rerun with LIFELINE_UPDATE_GOLDEN=1 if intended")
    }
}
