import Foundation
import Testing

/// The editor asked for a source-reliability table that shows plainly what the headline rests on: each source, how
/// many of its figures the estimates read, and the data's assessment of it.
@Suite struct SourcesTableTests {
    @Test func theSourcesTableCountsTheFiguresTheEstimatesReadAndShowsTheDatasAssessment() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let built = try CLI.run(["build", "--draws", "2000", "--out", out.path])
        #expect(built.status == 0, "\(built.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ") }
        let feature = try #require(rows.first { $0.hasPrefix("| Unattributed feature [\\[1\\]]") && $0.contains("| undated |") })
        #expect(feature.contains("| 6 | Anonymous and undated: no author, publisher or date;"))
        #expect(rows.contains { $0.hasPrefix("| Radio Free Asia (RFA) ") && $0.contains("| 2014 | none |") })
    }

    @Test func aSourceWithoutAnAssessmentIsShownAsNotAssessed() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let data = folder.appendingPathComponent("data.yaml")
        let text = try String(contentsOf: data, encoding: .utf8)
        let stripped = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("assessment:") }.joined(separator: "\n")
        #expect(stripped != text, "the project's data carries assessments")
        try stripped.write(to: data, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let built = try CLI.run([
            "build", "--draws", "2000", "--data", data.path, "--templates", folder.appendingPathComponent("Templates").path, "--out",
            out.path,
        ])
        #expect(built.status == 0, "\(built.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("| not assessed |"))
    }
}
