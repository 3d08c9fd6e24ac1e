import Foundation
import Testing

/// `lifeline validate` checks the whole project a build would use, and its verdict and messages agree with `build`'s.
@Suite struct ValidateCommandTests {
    /// A fresh project from `lifeline init`, with `edit` applied to the text of `file` (relative to the project).
    static func project(editing file: String, _ edit: (String) -> String) throws -> URL {
        let folder = try CLI.temporaryFolder().appendingPathComponent("project")
        let created = try CLI.run(["init", folder.path])
        try #require(created.status == 0, "\(created.stderr)")
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(text)
        try #require(edited != text, "the edit changed nothing in \(file)")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return folder
    }

    /// Runs `validate` and `build` in `project` and expects both to fail with the same diagnostics, holding
    /// `fragment`, and to write nothing.
    static func expectValidateAndBuildFailAlike(in project: URL, naming fragment: String) throws {
        let validated = try CLI.run(["validate"], in: project)
        let built = try CLI.run(["build", "--draws", "20000"], in: project)
        #expect(validated.status == 1, "validate: \(validated.stdout)\(validated.stderr)")
        #expect(built.status == 1, "build: \(built.stderr)")
        #expect(validated.stderr.contains(fragment), "\(validated.stderr)")
        #expect(validated.stderr == built.stderr)
        #expect(!validated.stdout.contains("valid"), "validate printed a verdict before failing: \(validated.stdout)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Output").path))
    }

    /// validate printed "valid" for a project whose template named a missing variable; build then failed.
    @Test func aTemplateNamingAMissingVariableFailsValidateAsItFailsBuild() throws {
        let project = try Self.project(editing: "Templates/summary.md.mustache") {
            $0.replacingOccurrences(of: "figure.state-fee-border.linked.value", with: "figure.state-fee-bordr.linked.value")
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try Self.expectValidateAndBuildFailAlike(in: project, naming: "Templates/summary.md.mustache:")
    }

    /// validate printed "valid" for a data file that lacked a figure the analysis needs; build then failed. The
    /// models in the data name it, so both now stop at the formulas that use it.
    @Test func dataMissingAFigureTheAnalysisNeedsFailsValidateAsItFailsBuild() throws {
        let project = try Self.project(editing: "data.yaml") {
            $0.replacingOccurrences(of: "id: sk-defector-population\n", with: "id: sk-defector-populace\n")
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try Self.expectValidateAndBuildFailAlike(in: project, naming: "error: unknown id `sk-defector-population`")
    }

    @Test func validateTakesTheSameProjectOptionsAsBuild() throws {
        let project = try Self.project(editing: "Templates/report.md.mustache") {
            $0.replacingOccurrences(of: "{{dateLine}}", with: "{{dateLien}}")
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let data = project.appendingPathComponent("data.yaml").path
        let templates = project.appendingPathComponent("Templates").path

        // From elsewhere, the project's files are used only when named.
        let elsewhere = project.deletingLastPathComponent()
        let embedded = try CLI.run(["validate"], in: elsewhere)
        #expect(embedded.status == 0, "\(embedded.stderr)")
        #expect(embedded.stdout.contains("<embedded>/Templates: the templates are valid"))

        let flagged = try CLI.run(["validate", "--data", data, "--templates", templates], in: elsewhere)
        #expect(flagged.status == 1)
        #expect(
            flagged.stderr.hasPrefix("\(templates)/report.md.mustache:5:1: error: the variable `dateLien` does not exist."),
            "\(flagged.stderr)")

        let dataOnly = try CLI.run(["validate", "--data", data], in: elsewhere)
        #expect(dataOnly.status == 0, "\(dataOnly.stderr)")
        #expect(dataOnly.stdout.contains("\(data): "))
    }

    @Test func aProjectFromInitIsValid() throws {
        let project = try Self.project(editing: "Templates/costs.md.mustache") { $0 + "\nAn analyst's added sentence.\n" }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let result = try CLI.run(["validate"], in: project)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("data.yaml: "))
        #expect(result.stdout.contains("Templates: the templates are valid, and the report builds from this data."))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Output").path))
    }
}
