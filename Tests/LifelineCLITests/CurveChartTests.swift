import Foundation
import Testing

/// Issue 15, item 6: an analyst declares a curve over a parameter in a project made by `lifeline init` and draws
/// it with a `kind: curve` chart, without touching Swift; a curve chart that names no curve, or a curve the data
/// lacks, stops validate at its line and column.
@Suite struct CurveChartTests {
    /// The analyst's assumed exchange-rate loss, which the default data does not quantify.
    static let parameter = """

        parameters:
          - id: exchange-loss
            name: exchange-rate loss (assumed)
            low: 0
            high: 0.1
            unit: share
            why: "An analyst's illustrative range of what black-market exchange rates take after the brokers' cut."

        """

    /// The analyst's two annual flows that the exchange-rate loss reaches.
    static let models = """

        models:
          - id: sk-family-after-exchange
            name: Reaching families from South Korea each year after exchange rates
            unit: USD/year
            formula: sk-family-receipts * (1 - exchange-loss)

          - id: sk-exchange-loss
            name: Lost to exchange rates from the South Korea flow each year
            unit: USD/year
            formula: sk-family-receipts * exchange-loss

        """

    /// The curve the analyst adds to the data: two annual flows against the exchange-rate loss.
    static let curve = """

        curves:
          - id: loss-curve
            over: exchange-loss
            from: 0
            to: 0.3
            step: 0.05
            models: [sk-family-after-exchange, sk-exchange-loss]

        """

    /// A curve chart of `curve` (on line 2), with no `line.…` words: the lines take the models' names.
    static func chart(_ curve: String) -> String {
        """
        kind: curve
        curve: \(curve)
        title: The exchange-rate cut, about {{chart.median}}
        subtitle: Annual flows against the exchange-rate loss
        description: {{#chart.models}}{{name}}: {{atMedian}} at the median loss{{^last}}; {{/last}}{{/chart.models}}.
        caption: Each line holds every other input at its median.
        x: Exchange-rate loss
        y: USD a year
        band: Assumed loss, 90% interval
        medianRule: Median {{chart.median}}

        """
    }

    /// A project made by `lifeline init` with the analyst's parameter, models and curve in its data and `chart` as
    /// `chart-loss.txt.mustache`.
    static func analystsProject(chart: String) throws -> URL {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let data = folder.appendingPathComponent("data.yaml")
        var text = try String(contentsOf: data, encoding: .utf8)
        for (anchor, addition) in [("\nparameters:\n", Self.parameter), ("\nmodels:\n", Self.models), ("\ncurves:\n", Self.curve)] {
            let range = try #require(text.range(of: anchor), "no \(anchor) in data.yaml")
            text.replaceSubrange(range, with: addition)
        }
        try text.write(to: data, atomically: true, encoding: .utf8)
        try chart.write(
            to: folder.appendingPathComponent("Templates/chart-loss.txt.mustache"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func anAnalystDeclaresACurveAndItsChartWithoutSwift() throws {
        let folder = try Self.analystsProject(chart: Self.chart("loss-curve"))
        let built = try CLI.run(["build", "--draws", "20000", "--out", "out"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("out/charts/loss.svg"), encoding: .utf8)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("The exchange-rate cut, about 5%"))
        for name in [
            "Reaching families from South Korea each year after exchange rates",
            "Lost to exchange rates from the South Korea flow each year",
        ] {
            #expect(svg.contains(">\(name)<"), "no line labelled \(name)")
        }
        #expect(svg.contains("at the median loss"))
        let feeErosion = try String(contentsOf: folder.appendingPathComponent("out/charts/fee-erosion.svg"), encoding: .utf8)
        for label in ["1 intermediary", "2 intermediaries", "3 intermediaries", "Median cut 30%"] {
            #expect(feeErosion.contains(">\(label)<"), "fee-erosion lacks \(label)")
        }
    }

    @Test func aCurveChartNamingNoCurveOrAnUnknownOneStopsValidateAtItsLine() throws {
        let folder = try Self.analystsProject(chart: Self.chart("los-curve"))
        let templates = folder.appendingPathComponent("Templates")
        try Self.chart("loss-curve").replacingOccurrences(of: "curve: loss-curve\n", with: "")
            .write(to: templates.appendingPathComponent("chart-no-curve.txt.mustache"), atomically: true, encoding: .utf8)
        try "kind: distribution\nmodel: sk-gross-flow\ncurve: loss-curve\n"
            .write(to: templates.appendingPathComponent("chart-extra-line.txt.mustache"), atomically: true, encoding: .utf8)
        let validated = try CLI.run(["validate"], in: folder)
        #expect(validated.status != 0)
        for message in [
            "Templates/chart-loss.txt.mustache:2:8: error: no curve `los-curve` is declared. Did you mean `loss-curve`? Use the id of a curve in the data's `curves:`.",
            "Templates/chart-no-curve.txt.mustache:1:7: error: a curve chart needs a line `curve:`. Add a line `curve: ID` naming what it draws.",
            "Templates/chart-extra-line.txt.mustache:3:8: error: a distribution chart takes no line `curve:`. Remove the line, or change the kind.",
        ] {
            #expect(validated.stderr.contains(message), "\(validated.stderr)")
        }
    }

    @Test func aCurveWhoseModelDoesNotReachItsInputStopsValidateAtTheModel() throws {
        let folder = try Self.analystsProject(chart: Self.chart("loss-curve"))
        let data = folder.appendingPathComponent("data.yaml")
        let text = try String(contentsOf: data, encoding: .utf8)
        try text.replacingOccurrences(
            of: "models: [sk-family-after-exchange, sk-exchange-loss]", with: "models: [sk-family-after-exchange, sk-gross-flow]"
        )
        .write(to: data, atomically: true, encoding: .utf8)
        let line =
            try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("[sk-family-after-exchange, sk-exchange-loss]") }) + 1
        let validated = try CLI.run(["validate"], in: folder)
        #expect(validated.status != 0)
        #expect(
            validated.stderr.contains(
                "data.yaml:\(line):40: error: curve `loss-curve` draws the model `sk-gross-flow`, which does not reach `exchange-loss`."),
            "\(validated.stderr)")
    }
}
