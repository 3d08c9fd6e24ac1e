import Foundation
import Testing

/// Issue 15, item 6: an analyst adds a model, its charts and a paragraph to a project made by `lifeline init`,
/// without touching Swift; a chart that names a model or figure the project lacks stops validate at its line.
/// The charts and the paragraph reach any model the data declares: the analysis computes every one.
@Suite struct ChartDeclarationTests {
    /// The model the analyst adds to the data.
    static let model = """

        models:
          - id: sk-net-flow
            name: Reaching families from South Korea after the brokers' cut
            unit: USD/year
            formula: sk-gross-flow * (1 - broker-fee-pooled)

        """

    /// A distribution chart of `model`.
    static func distribution(_ model: String) -> String {
        """
        {{! The analyst's chart of the net flow. }}
        kind: distribution
        model: \(model)
        title: The analyst's estimate, about {{chart.median}} a year
        subtitle: Simulated net flow, {{analysis.draws}} draws
        description: Histogram of the net flow. Median {{chart.median}}; 90% interval {{chart.low}} to {{chart.high}}.
        caption: The gross flow less the pooled broker commission.
        x: USD a year
        y: Draws
        lowRule: 5th pct {{chart.lowShort}}
        medianRule: Median {{chart.medianShort}}
        highRule: 95th pct {{chart.highShort}}

        """
    }

    /// A tornado of `model`.
    static func tornado(_ model: String) -> String {
        """
        kind: tornado
        model: \(model)
        title: What moves the net flow
        subtitle: One input at its 5th or 95th percentile
        description: Tornado of the net flow around {{chart.baseline}}.{{#chart.top}} Largest swing: {{name}}.{{/chart.top}}
        caption: Each bar moves one input.
        x: USD a year
        lowLegend: Input at its 5th percentile
        highLegend: Input at its 95th percentile
        baselineRule: All inputs at median: {{chart.baselineShort}}
        medianRule: Simulated median: {{chart.medianShort}}

        """
    }

    /// The paragraph that prints `model`'s median and places both charts.
    static func paragraph(_ model: String) -> String {
        """

        By the analyst's estimate, about {{model.\(model).median}} a year (our new estimate).

        {{{netFlowChart.block}}}

        {{{netFlowSensitivityChart.block}}}

        """
    }

    /// A project made by `lifeline init`, with `model`'s two charts and the paragraph added, and the model
    /// itself added to the data when `adding`.
    static func analystsProject(charting model: String, adding: Bool) throws -> URL {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        if adding {
            let data = folder.appendingPathComponent("data.yaml")
            var text = try String(contentsOf: data, encoding: .utf8)
            let anchor = try #require(text.range(of: "\nmodels:\n"))
            text.replaceSubrange(anchor, with: Self.model)
            try text.write(to: data, atomically: true, encoding: .utf8)
        }
        let templates = folder.appendingPathComponent("Templates")
        try distribution(model).write(
            to: templates.appendingPathComponent("chart-net-flow.txt.mustache"), atomically: true, encoding: .utf8)
        try tornado(model).write(
            to: templates.appendingPathComponent("chart-net-flow-sensitivity.txt.mustache"), atomically: true, encoding: .utf8)
        let section = templates.appendingPathComponent("money.md.mustache")
        try (try String(contentsOf: section, encoding: .utf8) + paragraph(model)).write(to: section, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func anAnalystChartsADeclaredModelAndWritesAParagraphWithoutSwift() throws {
        try Self.buildsTheChartsAndTheParagraph(of: "cn-scenario-flow", adding: false)
    }

    @Test func anAnalystAddsAModelItsChartsAndAParagraphWithoutSwift() throws {
        try Self.buildsTheChartsAndTheParagraph(of: "sk-net-flow", adding: true)
    }

    /// Builds the analyst's project and checks the charts and the paragraph of `model` in the report, and the
    /// standalone chart commands.
    static func buildsTheChartsAndTheParagraph(of model: String, adding: Bool) throws {
        let folder = try Self.analystsProject(charting: model, adding: adding)
        let built = try CLI.run(["build", "--draws", "20000", "--out", "out"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        let out = folder.appendingPathComponent("out")
        for file in ["net-flow.svg", "net-flow-slide.svg", "net-flow-sensitivity.svg"] {
            let svg = try String(contentsOf: out.appendingPathComponent("charts/\(file)"), encoding: .utf8)
            #expect(svg.contains("role=\"img\""), "\(file)")
        }
        let svg = try String(contentsOf: out.appendingPathComponent("charts/net-flow.svg"), encoding: .utf8)
        #expect(svg.contains("estimate, about USD"))

        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let line = try #require(markdown.split(separator: "\n").first { $0.hasSuffix("a year (our new estimate).") })
        #expect(line.contains("about USD "), "\(line)")
        #expect(!line.contains("{{"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<figure id=\"figure-net-flow\">"))
        #expect(html.contains("<figure id=\"figure-net-flow-sensitivity\">"))

        // The standalone commands list and draw the project's charts.
        let help = try CLI.run(["chart", "net-flow", "--draws", "20000", "-o", "net.svg"], in: folder)
        #expect(help.status == 0, "\(help.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("net.svg"), encoding: .utf8).contains("role=\"img\""))
        let charts = try CLI.run(["charts", "--draws", "20000", "--out", "charts"], in: folder)
        #expect(charts.status == 0, "\(charts.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("charts").path)
        #expect(files.contains("net-flow-sensitivity-slide-dark.svg"))
        #expect(files.count == 7 * 4)  // the five default charts and the analyst's two, in four themes
    }

    @Test func aChartNamingAnUnknownModelOrFigureStopsValidateAtItsLine() throws {
        let folder = try Self.analystsProject(charting: "cn-scenario-flow", adding: false)
        let templates = folder.appendingPathComponent("Templates")
        try Self.distribution("cn-scenaro-flow")
            .write(to: templates.appendingPathComponent("chart-net-flow.txt.mustache"), atomically: true, encoding: .utf8)
        let fees = templates.appendingPathComponent("chart-broker-fees.txt.mustache")
        try (try String(contentsOf: fees, encoding: .utf8)).replacingOccurrences(of: "fee-scmp-usual,", with: "fee-scmp-usal,")
            .write(to: fees, atomically: true, encoding: .utf8)
        let feesLine =
            try #require(
                try String(contentsOf: fees, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.hasPrefix("figures:") }) + 1

        let validated = try CLI.run(["validate"], in: folder)
        #expect(validated.status != 0)
        #expect(
            validated.stderr.contains(
                "Templates/chart-net-flow.txt.mustache:3:8: error: no model `cn-scenaro-flow` is declared. Did you mean `cn-scenario-flow`?"
            ),
            "\(validated.stderr)")
        #expect(
            validated.stderr.contains(
                "Templates/chart-broker-fees.txt.mustache:\(feesLine):28: error: no figure `fee-scmp-usal` is in the data. Did you mean `fee-scmp-usual`?"
            ), "\(validated.stderr)")
        let built = try CLI.run(["build", "--draws", "20000", "--out", "out"], in: folder)
        #expect(built.status != 0)
        #expect(built.stderr.contains("chart-net-flow.txt.mustache:3:8: error: no model `cn-scenaro-flow`"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
