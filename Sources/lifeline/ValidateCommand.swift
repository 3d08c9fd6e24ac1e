import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

/// `lifeline validate`: checks the whole project a build would use — the data, the templates, the figures the
/// analysis needs, every number in its quote, no number typed into a template — and every quote against its
/// archived article where the archive folder is found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data and templates a build would use, and every quote against the archived articles.",
        discussion: """
            validate reads the same data and templates as `lifeline build` (--data, --templates, else ./data.yaml \
            and ./Templates, else the embedded defaults) and runs every check the build runs: the data file, each \
            figure's number in its own quote, the templates' syntax, every name the templates use, numbers typed \
            into templates, and every figure the analysis needs. It builds the report in memory from a short \
            analysis (\(checkDraws) draws) and writes nothing, so it fails exactly when `lifeline build` would fail \
            before writing, and with the same messages.

            Every problem is listed as FILE:LINE:COLUMN: error: WHAT. HOW TO FIX, and the command exits 1. \
            Quotes are looked up in the archive folder (--archive DIR, else the data's `archive:`, else \
            $LIFELINE_ARCHIVE): each source's `archive:` copy must have the `sha256:` the data records, and each \
            part of a quote (split at …) must occur in the article, in order, at one place (anchored by \
            `quote_before:`/`quote_after:` where it occurs more than once); only runs of whitespace may differ. \
            With --require-verified, a quote that could not be looked up is an error too.
            """)

    /// Draws per model of the analysis run to check the project: the checks do not depend on the numbers, so a
    /// short run finds every problem a full build would.
    static let checkDraws = 1_000

    @OptionGroup var project: ProjectOptions

    @OptionGroup var quotes: ArchiveOptions

    /// Builds the report in memory, then checks the quotes; prints every problem of both, as `build` would print
    /// its own, and exits 1 when there is any.
    func run() throws {
        var problems: [String] = []
        var registry: Registry?
        do {
            let builder = try ReportBuilder.loading(
                project: { try project.loadProject() }, parsedTemplates: { try project.parsedTemplates() },
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
        // A registry that loads has its quotes checked even when the report would not build from it.
        if let registry = registry ?? (try? ProjectOptions.loadRegistry(flag: project.data, compiling: false)) {
            do {
                let verification = try quotes.verify(registry)
                let unverified = registry.figures.count - verification.verified.count
                print(
                    "\(verification.verified.count) of \(registry.figures.count) quotes occur verbatim in their archived articles"
                        + (unverified == 0
                            ? "."
                            : "; \(unverified) could not be looked up (pass --archive DIR, or --require-verified to make this an error)."))
            } catch {
                guard let message = Lifeline.diagnostics(of: error) else { throw error }
                problems.append(message)
            }
        }
        guard problems.isEmpty else { Lifeline.fail(problems.joined(separator: "\n")) }
    }
}
