import ArgumentParser
import Foundation
import LifelineRender

extension ChartExport.ThemeName: ExpressibleByArgument {}
extension ChartExport.Format: ExpressibleByArgument {}

/// `lifeline chart NAME`: one of the report's charts as a standalone SVG or PNG, e.g. for a slide.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write one of the report's charts as a standalone SVG or PNG.",
        discussion:
            "Charts of the embedded templates: \(ChartExport.names.joined(separator: ", ")); a project's are its chart-NAME.txt.mustache templates. Themes: \(ChartExport.ThemeName.allCases.map(\.rawValue).joined(separator: ", ")). PNG is drawn by rsvg-convert at twice the size."
    )

    @Argument(help: ArgumentHelp("The chart's name (see the list above).", valueName: "name"))
    var name: String

    @OptionGroup var project: ProjectOptions

    @OptionGroup var analysis: AnalysisFlags

    @Option(help: "report (light), dark, slide (16:9, 1280×720) or slide-dark.")
    var theme: ChartExport.ThemeName = .report

    @Option(help: ArgumentHelp("Width in pixels (default: the theme's).", valueName: "px"))
    var width: Double?

    @Option(help: ArgumentHelp("Height in pixels (default: the theme's).", valueName: "px"))
    var height: Double?

    @Option(help: "svg or png (default: the output file's extension; svg for standard output).")
    var format: ChartExport.Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, NAME.svg or NAME.png; - for standard output.", valueName: "file"))
    var output: String

    func validate() throws {
        // The charts are the templates' (a folder that cannot be read is reported when the command runs).
        if let templates = try? project.loadTemplates() {
            let names = ChartExport.names(in: templates)
            guard names.contains(name) else {
                throw ValidationError("there is no chart called '\(name)'. Charts: \(names.joined(separator: ", ")).")
            }
        }
        for (label, value) in [("--width", width), ("--height", height)] {
            if let value, !(value >= 100 && value <= 10_000) {
                throw ValidationError("\(label) must be between 100 and 10000 pixels.")
            }
        }
        _ = try Self.format(forOutput: output, requested: format)
    }

    func run() throws {
        let export = try ChartExport(
            registry: try project.loadRegistry(), options: analysis.options, templates: try project.loadTemplates())
        let data = try export.file(
            named: name, theme: theme, width: width, height: height, format: try Self.format(forOutput: output, requested: format))
        try ChartFiles.write(data, to: output)
    }
}

/// Writing chart files atomically, or to standard output.
enum ChartFiles {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw OutputError.notWritable(path: path, reason: error.localizedDescription)
        }
    }
}
