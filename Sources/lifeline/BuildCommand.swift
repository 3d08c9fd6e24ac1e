import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

/// `lifeline build`: writes the report, or with `--check` confirms that the written report is current.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report: report.md, report.html and the charts.",
        discussion: """
            The report is built in memory first; the output folder is replaced only when everything succeeded, \
            so a failed build leaves the previous report as it was. With --check nothing is written: the command \
            exits 0 when the folder matches a fresh build byte for byte, and 1 with the list of differing files.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String = "Output"

    @Flag(help: "Compare a fresh build with the output folder instead of writing it.")
    var check = false

    @OptionGroup var analysis: AnalysisFlags

    @OptionGroup var quotes: ArchiveOptions

    @Option(
        help: ArgumentHelp(
            "The report's date line, e.g. \"27 November 2026\" (default: none; the report never reads the clock).", valueName: "text"))
    var date: String?

    func run() throws {
        var builder = try ReportBuilder.loading(
            registry: { try project.loadRegistry() }, templates: { try project.loadTemplates() },
            date: date, analysisOptions: analysis.options)
        builder.quotes = try quotes.verify(builder.registry)
        let files = try builder.build()
        let folder = OutputFolder(path: out)
        if check {
            let differences = folder.differences(from: files)
            guard differences.isEmpty else {
                let list = differences.map { "  \($0)" }.joined(separator: "\n")
                Lifeline.fail(
                    "\(out) is stale: \(differences.count) file(s) differ from a fresh build:\n\(list)\nRun `lifeline build` and commit the result."
                )
            }
            print("\(out) is up to date (\(files.count) files; \(project.provenance)).")
        } else {
            try folder.replace(with: files)
            print("Wrote \(files.count) files to \(out) (\(project.provenance)).")
        }
    }
}
