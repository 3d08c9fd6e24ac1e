import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

/// `lifeline validate`: checks the whole project a build would use — the data, the templates, the figures the
/// analysis needs — and with `--archive` every quote against its article.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data and templates a build would use; with --archive, check every quote against the archived articles.",
        discussion: """
            validate reads the same data and templates as `lifeline build` (--data, --templates, else ./data.yaml \
            and ./Templates, else the embedded defaults) and runs every check the build runs: the data file, the \
            templates' syntax, every name the templates use, and every figure the analysis needs. It builds the \
            report in memory from a short analysis (\(checkDraws) draws) and writes nothing, so it passes exactly \
            when `lifeline build` would, and fails with the same messages.

            Every problem is listed as FILE:LINE:COLUMN: error: WHAT. HOW TO FIX, and the command exits 1. \
            With --archive DIR, each source that names `archive: FILE` has its quotes looked up in DIR/FILE: \
            each part of a quote (split at …) must occur in the article, in order; only runs of whitespace may differ.
            """)

    /// Draws per model of the analysis run to check the project: the checks do not depend on the numbers, so a
    /// short run finds every problem a full build would.
    static let checkDraws = 1_000

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("A folder holding the sources' archived texts; checks every quote against them.", valueName: "dir"))
    var archive: String?

    func run() throws {
        let builder = try ReportBuilder.loading(
            registry: { try project.loadRegistry() }, templates: { try project.loadTemplates() },
            analysisOptions: AnalysisOptions(draws: Self.checkDraws))
        _ = try builder.build()
        let registry = builder.registry
        print("\(registry.origin): \(registry.figures.count) figures from \(registry.sources.count) sources are valid.")
        print("\(builder.templates.origin): the templates are valid, and the report builds from this data.")
        guard let archive else {
            print("Quotes were not checked against the articles; pass --archive DIR to check them.")
            return
        }
        let report = QuoteChecker.check(registry, archiveDirectory: archive)
        for source in report.unchecked {
            print("note: source `\(source.id)` names no archive; its \(registry.figures(from: source.id).count) quotes were not checked.")
        }
        guard report.problems.isEmpty else {
            throw RegistryError(report.problems)
        }
        print("All \(report.verified.count) quotes occur verbatim in their articles.")
    }
}
