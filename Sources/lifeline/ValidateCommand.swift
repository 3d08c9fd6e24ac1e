import ArgumentParser
import Foundation
import LifelineData

/// `lifeline validate`: checks a data file, and with `--archive` every quote against its article.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a data file; with --archive, check every quote against the archived articles.",
        discussion: """
            Every problem is listed as FILE:LINE:COLUMN: error: WHAT. HOW TO FIX, and the command exits 1. \
            With --archive DIR, each source that names `archive: FILE` has its quotes looked up in DIR/FILE: \
            each part of a quote (split at …) must occur in the article, in order; only runs of whitespace may differ.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("A folder holding the sources' archived texts; checks every quote against them.", valueName: "dir"))
    var archive: String?

    func run() throws {
        let registry = try dataOptions.loadRegistry()
        print("\(registry.origin): \(registry.figures.count) figures from \(registry.sources.count) sources are valid.")
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
