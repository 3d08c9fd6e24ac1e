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
            so a failed build leaves the previous report as it was. The folder gets a manifest.json: the SHA-256 \
            of the data, templates and archives read, the seed, draws and date, the version, and every file written; \
            files it lists are Lifeline's to replace (a chart dropped from the templates), anything else is refused.

            With --check nothing is written: the folder is rebuilt in memory with the data, templates, seed, draws and \
            date its manifest records (flags given override them), and the command exits 0 when the folder matches \
            byte for byte, and 1 with what moved: figures, model results, sentences of report.md, charts and files \
            (as `lifeline diff` prints it).

            --formats chooses the files beside the charts and data: md (report.md), html (report.html), pdf \
            (report.pdf, printed from the HTML by headless Chromium), docx (report.docx), pptx (slides.pptx), or all; \
            the default is the formats the folder's manifest records, else md,html. A format whose engine is missing \
            fails the build with how to install it, and the folder is left as it was.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String = "Output"

    @Flag(help: "Compare a fresh build with the output folder instead of writing it.")
    var check = false

    @Option(help: ArgumentHelp("The formats to write, comma-separated: md, html, pdf, docx, pptx, or all.", valueName: "list"))
    var formats: String?

    @Option(help: ArgumentHelp("The PDF's paper size (default: a4, or what the folder's manifest records for --check).", valueName: "size"))
    var paper: PaperSize?

    @OptionGroup var analysis: AnalysisFlags

    @OptionGroup var quotes: ArchiveOptions

    @Option(
        help: ArgumentHelp(
            "The report's date line, e.g. \"27 November 2026\" (default: none; the report never reads the clock).", valueName: "text"))
    var date: String?

    /// Refuses an unknown format as a usage error that lists the formats.
    func validate() throws {
        guard let formats else { return }
        do { _ = try OutputFormat.list(formats) } catch { throw ValidationError(String(error.description.dropFirst("error: ".count))) }
    }

    func run() throws {
        let folder = OutputFolder(path: out)
        // --check rebuilds what the folder's manifest records, unless a flag says otherwise.
        let recorded = check ? folder.manifest() : nil
        var project = self.project
        if let recorded {
            if project.data == nil, recorded.data.from != BuildManifest.embedded { project.data = recorded.data.from }
            if project.templates == nil, recorded.templates.from != BuildManifest.embedded { project.templates = recorded.templates.from }
        }
        let date = self.date ?? recorded?.date
        let formats = try OutputFormat.list(
            self.formats ?? recorded?.formats ?? OutputFormat.defaults.map(\.rawValue).joined(separator: ","))
        let paper = self.paper ?? recorded?.paper.flatMap(PaperSize.init(rawValue:)) ?? .a4
        do { try Publisher.checkEngines(for: formats) } catch { Lifeline.fail(error.description) }
        let options = analysis.options(over: recorded.map { AnalysisOptions(draws: $0.draws, seed: $0.seed) } ?? AnalysisOptions())
        func load() throws -> ReportBuilder {
            try ReportBuilder.loading(
                project: { try project.loadProject() }, parsedTemplates: { try project.parsedTemplates() }, date: date,
                analysisOptions: options)
        }
        // A build reads the folder's last manifest while the data loads (only --check needs it first).
        let (previous, loaded) = check ? (recorded, Result { try load() }) : alongside({ folder.manifest() }, { Result { try load() } })
        var builder = try loaded.get()
        // Quotes are verified against the archive folder the folder's manifest names, where it is here; where it is
        // not (a clone without the archive), the quotes the manifest recorded as verified count as verified while
        // their quote, anchors and the copy's recorded hash are unchanged. So a build and its --check agree.
        var quotes = self.quotes
        if quotes.archive == nil, let from = previous?.archives?.from, FileManager.default.fileExists(atPath: from) {
            quotes.archive = from
        }
        let archiveFolder = try quotes.folder(for: builder.registry)
        builder.quotes = try quotes.verify(builder.registry)
        var archives = archiveFolder.map { BuildManifest.Folder.archives(of: builder.registry, in: $0) }
        if archiveFolder == nil, let previous, let fingerprints = previous.verifiedQuotes, let recordedArchives = previous.archives {
            builder.quotes = builder.quotes?.carryingOver(fingerprints, in: builder.registry)
            archives = recordedArchives
        }
        let published: [ReportFile]
        do {
            published = try Publisher(formats: formats, paper: paper, builder: builder).files(from: try builder.build())
        } catch let error as PublishError {
            Lifeline.fail(error.description)
        }
        let provenance = BuildProvenance(
            dataPath: project.dataPath, templatesPath: project.templatesPath, archives: archives, formats: formats.map(\.rawValue),
            paper: formats.contains(.pdf) && paper != .a4 ? paper.rawValue : nil)
        // The folder is checked while the files are hashed for the manifest.
        let paths = Set(published.map(\.path)).union([BuildManifest.fileName])
        let (replaceable, files) = alongside(
            {
                Result { () throws(OutputError) in
                    guard !check else { return }
                    let owned = folder.writtenByLastBuild(besides: paths, recorded: previous).union(Publisher.formatFiles)
                    try folder.checkReplaceable(by: paths, alsoOwned: owned)
                }
            }, { builder.manifested(published, recording: provenance) })
        if check {
            let settings = "seed \(options.seed), \(options.draws) draws, date \(date.map { "\"\($0)\"" } ?? "none")"
            let differences = folder.differences(from: files)
            guard differences.isEmpty else {
                let diff = OutputDiff(old: try OutputSnapshot.read(folder: out), new: OutputSnapshot(files: files))
                Lifeline.fail(
                    "\(out) is stale: \(differences.count) file(s) differ from a fresh build (\(project.provenance); \(settings)).\n"
                        + diff.summary(files: differences) + "Run `lifeline build` and commit the result.")
            }
            print("\(out) is up to date (\(files.count) files; \(project.provenance); \(settings)).")
        } else {
            try replaceable.get()
            try folder.replace(checked: files)
            print("Wrote \(files.count) files to \(out) (\(project.provenance)).")
        }
    }
}
