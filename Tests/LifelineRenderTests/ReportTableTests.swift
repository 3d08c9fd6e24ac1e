import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

/// Tables are declared like charts: a `table-NAME.txt.mustache` says what it shows in plain first lines, and a
/// template places it as `NAMETable`; an analyst adds one without Swift, and a wrong id stops the build at its place.
@Suite struct ReportTableTests {
    /// The embedded templates with `changes` applied (nil removes a file).
    static func templates(_ changes: [String: String?]) -> TemplateSet {
        var files = TemplateSet.embedded.files
        for (file, text) in changes { files[file] = text }
        return TemplateSet(origin: "Templates", files: files)
    }

    /// The report's Markdown built from `templates`, or the error's text.
    static func build(_ templates: TemplateSet) throws -> Result<String, RenderError> {
        let builder = ReportBuilder(registry: try Registry.embedded(), templates: templates, analysisOptions: AnalysisOptions(draws: 2_000))
        return Result { () throws(RenderError) in try builder.build() }.map { files in
            String(decoding: files.first { $0.path == "report.md" }?.data ?? Data(), as: UTF8.self)
        }
    }

    /// The error text of a build from `templates` (empty, with an issue, when it succeeds).
    static func failure(_ templates: TemplateSet) throws -> String {
        switch try build(templates) {
        case .success:
            Issue.record("the build did not fail")
            return ""
        case .failure(let error): return "\(error)"
        }
    }

    @Test func anAnalystsModelsTableShowsItsRowsInTheDeclaredOrderWithTheStatisticAskedFor() throws {
        let table = """
            kind: models
            models: cn-scenario-flow, sk-gross-flow
            statistic: mean
            caption: China first.
            columns: Estimate | Kind | Mean | 90% interval | Sources
            scenario: a scenario
            sourced: from sources
            """
        let senders = try #require(TemplateSet.embedded.files["senders.md.mustache"]) + "\n{{{chinaFirstTable.block}}}\n"
        let markdown = try Self.build(
            Self.templates(["table-china-first.txt.mustache": table, "senders.md.mustache": senders])
        ).get()
        let lines = markdown.components(separatedBy: "\n")
        let caption = try #require(lines.firstIndex { $0.contains("<a id=\"table-china-first\"></a>") })
        #expect(lines[caption].contains("China first."))
        let rows = lines[(caption + 4)...].prefix(2)
        #expect(rows.first?.hasPrefix("| Scenario: annual flow from defectors in China | a scenario |") == true, "\(rows)")
        #expect(
            rows.last?.hasPrefix("| Annual flow from defectors in South Korea, from the feature's figures | from sources |") == true,
            "\(rows)")
        // The statistic is the mean, and the interval reads with the words' joiner.
        #expect(rows.last?.contains(" to USD ") == true)
    }

    @Test func aMisspeltModelOrStatisticInATableIsALocatedErrorThatSuggestsTheID() throws {
        let file = "table-flow-estimates.txt.mustache"
        let text = try #require(TemplateSet.embedded.files[file])
            .replacingOccurrences(of: "models: sk-gross-flow,", with: "models: sk-gros-flow,")
            .replacingOccurrences(of: "statistic: median", with: "statistic: medain")
        let lines = text.components(separatedBy: "\n")
        let models = try #require(lines.firstIndex { $0.hasPrefix("models:") }) + 1
        let statistic = try #require(lines.firstIndex { $0.hasPrefix("statistic:") }) + 1
        let message = try Self.failure(Self.templates([file: text]))
        #expect(
            message.contains("Templates/\(file):\(models):9: error: no model `sk-gros-flow` is declared. Did you mean `sk-gross-flow`?"))
        #expect(
            message.contains(
                "Templates/\(file):\(statistic):12: error: the statistic `medain` is not one this table can take. Did you mean `median`?"))
    }

    @Test func aTableWithoutAKindOrWithALineItsKindDoesNotReadIsAnError() throws {
        let missing = try Self.failure(Self.templates(["table-extra.txt.mustache": "caption: c\n"]))
        #expect(missing.contains("Templates/table-extra.txt.mustache:1:1: error: the table `extra` declares no kind."))
        let wrong = try Self.failure(Self.templates(["table-extra.txt.mustache": "kind: inputs\nmodels: sk-gross-flow\n"]))
        #expect(wrong.contains("Templates/table-extra.txt.mustache:2:9: error: a inputs table takes no line `models:`."))
        let needs = try Self.failure(Self.templates(["table-extra.txt.mustache": "kind: figures\n"]))
        #expect(needs.contains("Templates/table-extra.txt.mustache:1:7: error: a figures table needs a line `figures:`."))
    }

    @Test func aPointRangeOfModelsDrawsEachModelsMedianAndAHighlightMustBeOneOfItsRows() throws {
        let file = "chart-routes.txt.mustache"
        let text = try #require(TemplateSet.embedded.files[file])
        let charts = try ChartExport(registry: try Registry.embedded(), options: AnalysisOptions(draws: 2_000))
        let svg = String(decoding: try charts.file(named: "routes", theme: .report, format: .svg), as: UTF8.self)
        for row in ["Brokers, usual cut", "The state processes it (20%)", "Brokers, then extortion", "Highest cut reported"] {
            #expect(svg.contains(">\(row)<"), "\(row)")
        }
        // The routes with a single reported cut have a fixed median.
        for median in ["USD 80", "USD 30"] { #expect(svg.contains(">\(median)<"), "\(median)") }
        let wrong = text.replacingOccurrences(of: "highlight: route-brokers-extortion\n", with: "highlight: route-brokers-extortio\n")
        #expect {
            _ = try ChartExport(
                registry: try Registry.embedded(), options: AnalysisOptions(draws: 1_000), templates: Self.templates([file: wrong]))
        } throws: { error in
            "\(error)".contains(
                "Templates/\(file):6:12: error: the highlighted row `route-brokers-extortio` is not one this chart can take. Did you mean `route-brokers-extortion`?"
            )
        }
        let empty = Self.templates(["chart-extra.txt.mustache": "kind: point-range\ntitle: t\n"])
        #expect {
            _ = try ChartExport(registry: try Registry.embedded(), options: AnalysisOptions(draws: 1_000), templates: empty)
        } throws: { error in
            "\(error)".contains("Templates/chart-extra.txt.mustache:1:7: error: a point-range chart needs a line `figures:` or `models:`.")
        }
    }

    @Test func theProductReferenceOfTheBenchmarksRefusesAModelThatIsNotAProductOfFigures() throws {
        let registry = try Registry.embedded()
        #expect(
            try Analysis.productModel("sk-gross-flow", registry: registry).inputs.map(\.figureID) == [
                "sk-defector-population", "sk-share-sending", "sk-transfer-amount", "sk-transfers-per-year",
            ])
        #expect(throws: AnalysisError.notAProduct(id: "total-flow-scenario")) {
            try Analysis.productModel("total-flow-scenario", registry: registry)
        }
    }
}
