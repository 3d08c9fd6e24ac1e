import ArgumentParser
import Foundation
import LifelineRender

/// `lifeline charts --out DIR`: every chart of the report, in every theme, as SVG (and PNG on request).
struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "Write every chart the templates declare, in every theme, to a folder: NAME-THEME.svg (and .png with --png).")

    @OptionGroup var project: ProjectOptions

    @OptionGroup var analysis: AnalysisFlags

    @Option(
        help: ArgumentHelp(
            "The folder to write the charts to: created if missing, otherwise replaced as a whole, so it must hold only charts Lifeline wrote.",
            valueName: "dir"))
    var out: String

    @Flag(help: "Also write a PNG of each chart (needs rsvg-convert).")
    var png = false

    func run() throws {
        let export = try ChartExport(
            registry: try project.loadRegistry(), options: analysis.options, templates: try project.loadTemplates())
        // Draw everything first, so that an error leaves the folder as it was.
        var files: [ReportFile] = []
        var everyName: Set<String> = []
        for name in export.names {
            for theme in ChartExport.ThemeName.allCases {
                for format in ChartExport.Format.allCases {
                    let file = "\(name)-\(theme.rawValue).\(format.rawValue)"
                    everyName.insert(file)
                    if format == .svg || png {
                        files.append(ReportFile(path: file, data: try export.file(named: name, theme: theme, format: format)))
                    }
                }
            }
        }
        // Like a report, the folder is swapped as a whole: it is refused if it holds anything but charts, and the
        // PNGs of an earlier run with --png are Lifeline's to drop.
        try OutputFolder(path: out).replace(with: files, alsoOwned: everyName)
        print("Wrote \(files.count) files to \(out).")
    }
}
