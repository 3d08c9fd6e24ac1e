import Foundation
import Testing

/// Readings as an analyst meets them: declared in a project's data, printed from its templates.
@Suite struct ReadingCommandTests {
    /// A project from `lifeline init` with one more reading and a template line that prints it.
    static func project(printing tag: String) throws -> URL {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let data = folder.appendingPathComponent("data.yaml")
        let text = try String(contentsOf: data, encoding: .utf8)
        #expect(text.contains("\nreadings:\n"), "the project's data declares readings as the last section")
        try
            (text + """

                  - id: shares-together
                    name: share and amount fully dependent
                    dependence: full
                    models: [sk-gross-flow]

                """).write(to: data, atomically: true, encoding: .utf8)
        let summary = folder.appendingPathComponent("Templates/summary.md.mustache")
        try (try String(contentsOf: summary, encoding: .utf8) + "\nREADING \(tag) END\n").write(
            to: summary, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aTemplatePrintsAModelsMedianUnderAReadingOfTheProjectsData() throws {
        let folder = try Self.project(
            printing:
                "{{reading.shares-together.name}}: {{reading.shares-together.model.sk-gross-flow.median}} against {{model.sk-gross-flow.median}}"
        )
        let built = try CLI.run(["build", "--draws", "20000", "--date", "1 December 2026"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("Output/report.md"), encoding: .utf8)
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("READING ") }.map(String.init))
        let pattern = #/READING share and amount fully dependent: USD [0-9.]+ million against USD ([0-9.]+) million END/#
        let match = try #require(line.firstMatch(of: pattern), "\(line)")
        // Fully dependent inputs move the median (the product of the medians is not the median of the product).
        #expect(!line.contains("USD \(match.output.1) million against"), "\(line)")

        let json = try CLI.run(["simulate", "--draws", "20000", "--format", "json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let readings = try #require(object["readings"] as? [[String: Any]])
        #expect(readings.last?["id"] as? String == "shares-together")
        #expect((readings.last?["models"] as? [[String: Any]])?.map { $0["modelID"] as? String } == ["sk-gross-flow"])
    }

    @Test func aWrongReadingIdInATemplateIsALocatedErrorWithDidYouMean() throws {
        let folder = try Self.project(printing: "{{reading.shares-togther.model.sk-gross-flow.median}}")
        let built = try CLI.run(["build", "--draws", "20000"], in: folder)
        #expect(built.status == 1)
        #expect(built.stderr.contains("Templates/summary.md.mustache:"), "\(built.stderr)")
        #expect(built.stderr.contains("Did you mean `reading.shares-together.model.sk-gross-flow.median`?"), "\(built.stderr)")
    }

    @Test func aReadingOfAnUnknownModelIsALocatedErrorWithDidYouMean() throws {
        let folder = try Self.project(printing: "")
        let data = folder.appendingPathComponent("data.yaml")
        try (try String(contentsOf: data, encoding: .utf8)).replacingOccurrences(
            of: "models: [sk-gross-flow]\n", with: "models: [sk-gross-flw]\n"
        )
        .write(to: data, atomically: true, encoding: .utf8)
        let validated = try CLI.run(["validate"], in: folder)
        #expect(validated.status == 1)
        #expect(
            validated.stderr.contains(
                "error: reading `shares-together` reports `sk-gross-flw`, which is not declared. Did you mean `sk-gross-flow`?"),
            "\(validated.stderr)")
        #expect(validated.stderr.contains("data.yaml:"), "\(validated.stderr)")
    }
}
