import ArgumentParser
import Foundation
import LifelineRender

/// `lifeline charts --out DIR`: every chart of the report, in every theme, as SVG (and PNG on request).
struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "Write every chart in every theme to a folder: NAME-THEME.svg (and .png with --png).")

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var analysis: AnalysisFlags

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Also write a PNG of each chart (needs rsvg-convert).")
    var png = false

    func run() throws {
        let export = try ChartExport(registry: try dataOptions.loadRegistry(), options: analysis.options)
        // Draw everything first, so that an error leaves the folder as it was.
        var files: [(String, Data)] = []
        for name in ChartExport.names {
            for theme in ChartExport.ThemeName.allCases {
                files.append(("\(name)-\(theme.rawValue).svg", try export.file(named: name, theme: theme, format: .svg)))
                if png { files.append(("\(name)-\(theme.rawValue).png", try export.file(named: name, theme: theme, format: .png))) }
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw OutputError.notWritable(path: out, reason: error.localizedDescription)
        }
        for (file, data) in files {
            try ChartFiles.write(data, to: URL(fileURLWithPath: out).appendingPathComponent(file).path)
        }
        print("Wrote \(files.count) files to \(out).")
    }
}
