import Foundation
import Testing

@Suite struct ProjectTests {
    @Test func initWritesAProjectThatBuildUses() throws {
        let folder = try CLI.temporaryFolder()
        let project = folder.appendingPathComponent("brief")
        let created = try CLI.run(["init", project.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("data.yaml").path))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("Templates/report.md.mustache").path))

        // Edit the project's prose and data; build inside the project picks both up.
        let costs = project.appendingPathComponent("Templates/costs.md.mustache")
        try (try String(contentsOf: costs, encoding: .utf8) + "\nAn analyst's added sentence.\n").write(
            to: costs, atomically: true, encoding: .utf8)
        let built = try CLI.run(["build", "--draws", "20000", "--date", "1 December 2026"], in: project)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("data: data.yaml; templates: Templates"))
        let markdown = try String(contentsOf: project.appendingPathComponent("Output/report.md"), encoding: .utf8)
        #expect(markdown.contains("An analyst's added sentence."))
        #expect(markdown.contains("1 December 2026."))
        // The front matter is the starter's placeholders; `--date` outranks the placeholder date, in the composed citation too.
        #expect(markdown.hasPrefix("# The title of your briefing paper\n"))
        #expect(markdown.contains("Your name, Your institute. Version 0.1."))
        #expect(markdown.contains("**Suggested citation:** Your name, “The title of your briefing paper”"))
        #expect(!markdown.contains("Month Year"))
        let page = try String(contentsOf: project.appendingPathComponent("Output/report.html"), encoding: .utf8)
        #expect(page.contains(#"<meta name="author" content="Your name">"#))

        // init never overwrites.
        let again = try CLI.run(["init", project.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func aTemplateTypoFailsTheBuildWithItsLocation() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let summary = folder.appendingPathComponent("Templates/summary.md.mustache")
        let text = try String(contentsOf: summary, encoding: .utf8)
        try text.replacingOccurrences(of: "figure.state-fee-border.linked.value", with: "figure.state-fee-bordr.linked.value")
            .write(to: summary, atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--draws", "20000"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Templates/summary.md.mustache:"))
        #expect(result.stderr.contains("`state-fee-bordr`"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }
}
