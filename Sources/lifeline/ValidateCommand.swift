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
            report in memory from a short analysis (\(checkDraws) draws) and writes nothing, so it fails exactly \
            when `lifeline build` would fail before writing, and with the same messages.

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

    /// Builds the report in memory, then checks the quotes; prints every problem of both, as `build` would print
    /// its own, and exits 1 when there is any.
    func run() throws {
        var problems: [String] = []
        var registry: Registry?
        do {
            let builder = try ReportBuilder.loading(
                registry: { try project.loadRegistry() }, templates: { try project.loadTemplates() },
                analysisOptions: AnalysisOptions(draws: Self.checkDraws))
            registry = builder.registry
            _ = try builder.build()
            print(
                "\(builder.registry.origin): \(builder.registry.figures.count) figures from \(builder.registry.sources.count) sources are valid."
            )
            let declared = builder.registry.declarations
            if !(declared.models.isEmpty && declared.parameters.isEmpty && declared.pools.isEmpty) {
                print(
                    "\(builder.registry.origin): \(declared.models.count) models over \(declared.parameters.count) parameters and "
                        + "\(declared.pools.count) pools compile, with \(declared.comparisons.count) comparisons.")
            }
            print("\(builder.templates.origin): the templates are valid, and the report builds from this data.")
        } catch {
            guard let message = Lifeline.diagnostics(of: error) else { throw error }
            problems.append(message)
        }
        if let archive {
            // A registry that loads has its quotes checked even when the report would not build from it.
            if let registry = registry ?? (try? ProjectOptions.loadRegistry(flag: project.data, compiling: false)) {
                problems += checkQuotes(of: registry, in: archive)
            }
        } else if problems.isEmpty {
            print("Quotes were not checked against the articles; pass --archive DIR to check them.")
        }
        guard problems.isEmpty else { Lifeline.fail(problems.joined(separator: "\n")) }
    }

    /// Looks up every quote of `registry` in the archive folder, printing notes and the verdict; returns the
    /// problems' diagnostics (none when every quote was found).
    private func checkQuotes(of registry: Registry, in archive: String) -> [String] {
        let report = QuoteChecker.check(registry, archiveDirectory: archive)
        for source in report.unchecked {
            print("note: source `\(source.id)` names no archive; its \(registry.figures(from: source.id).count) quotes were not checked.")
        }
        guard report.problems.isEmpty else { return [RegistryError(report.problems).description] }
        print("All \(report.verified.count) quotes occur verbatim in their articles.")
        return []
    }
}
