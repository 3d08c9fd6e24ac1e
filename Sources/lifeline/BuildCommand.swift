import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

extension PaperSize: ExpressibleByArgument {}

/// `lifeline build`: writes the report, or with `--check` confirms that the written report is current.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report: report.md, report.html and the charts.",
        discussion: """
            The report is built in memory first; the output folder is replaced only when everything succeeded, \
            so a failed build leaves the previous report as it was. With --check nothing is written: the command \
            exits 0 when the folder matches a fresh build byte for byte, and 1 with the list of differing files.

            --formats chooses the files beside the charts and data: md (report.md), html (report.html), pdf \
            (report.pdf, printed from the HTML by headless Chromium), docx (report.docx), pptx (slides.pptx), or all. \
            A format whose engine is missing fails the build with how to install it, and the folder is left as it was. \
            --check compares the formats it is given.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String = "Output"

    @Flag(help: "Compare a fresh build with the output folder instead of writing it.")
    var check = false

    @Option(help: ArgumentHelp("The formats to write, comma-separated: md, html, pdf, docx, pptx, or all.", valueName: "list"))
    var formats: String = OutputFormat.defaults.map(\.rawValue).joined(separator: ",")

    @Option(help: ArgumentHelp("The PDF's paper size.", valueName: "size"))
    var paper: PaperSize = .a4

    @OptionGroup var analysis: AnalysisFlags

    @Option(
        help: ArgumentHelp(
            "The report's date line, e.g. \"27 November 2026\" (default: none; the report never reads the clock).", valueName: "text"))
    var date: String?

    /// Refuses an unknown format as a usage error that lists the formats.
    func validate() throws {
        do { _ = try OutputFormat.list(formats) } catch { throw ValidationError(String(error.description.dropFirst("error: ".count))) }
    }

    func run() throws {
        let formats = try OutputFormat.list(self.formats)
        do { try Publisher.checkEngines(for: formats) } catch { Lifeline.fail(error.description) }
        let builder = try ReportBuilder.loading(
            registry: { try project.loadRegistry() }, templates: { try project.loadTemplates() },
            date: date, analysisOptions: analysis.options)
        let publisher = Publisher(formats: formats, paper: paper, registry: builder.registry)
        let files: [ReportFile]
        do { files = try publisher.files(from: try builder.build()) } catch let error as PublishError { Lifeline.fail(error.description) }
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
            try folder.replace(with: files, alsoOwned: Publisher.formatFiles)
            print("Wrote \(files.count) files to \(out) (\(project.provenance)).")
        }
    }
}
