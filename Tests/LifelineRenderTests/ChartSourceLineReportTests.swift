import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

/// Issue 16 item 17: the standalone charts (charts/NAME.svg, NAME-slide.svg and PNGs made from them) carry a source
/// line naming the sources their figures and models reach, and a tag where they show a scenario result; the inline
/// charts of report.html leave the source line to the figure's caption.
@Suite struct ChartSourceLineReportTests {
    static let files = try! ReportBuilder(registry: try! Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000)).build()

    static func text(_ path: String) -> String {
        String(decoding: files.first { $0.path == path }?.data ?? Data(), as: UTF8.self)
    }

    @Test(arguments: ["", "-slide"])
    func everyStandaloneChartNamesItsSources(_ suffix: String) throws {
        for name in ChartExport.names {
            let svg = Self.text("charts/\(name)\(suffix).svg")
            #expect(svg.contains(">Source: ") || svg.contains(">Sources: "), "\(name)\(suffix)")
        }
        #expect(Self.text("charts/broker-fees\(suffix).svg").contains("Daily NK (2021)"))
        #expect(Self.text("charts/annual-flow\(suffix).svg").contains(">Source: unattributed online feature<"))
    }

    @Test func chartsOfScenarioResultsAreTaggedAndSourcedOnesAreNot() {
        #expect(Self.text("charts/fee-erosion-slide.svg").contains(">Scenario<"))
        #expect(Self.text("charts/routes-slide.svg").contains(">Includes a scenario<"))
        for name in ["annual-flow", "broker-fees", "flow-sensitivity"] {
            let svg = Self.text("charts/\(name)-slide.svg")
            #expect(!svg.contains(">Scenario<") && !svg.contains(">Includes a scenario<"), "\(name)")
        }
    }

    @Test func theInlineChartsLeaveTheSourceLineToTheirCaption() {
        let html = Self.text("report.html")
        #expect(!html.contains(">Source: unattributed online feature<"))
        #expect(!html.contains("chart-caption"))
        #expect(html.contains(">Includes a scenario<"), "the tag stays on the page")
    }

    @Test func aChartTemplateCanWordItsOwnSourceLineAndTag() throws {
        var files = TemplateSet.embedded.files
        files["chart-annual-flow.txt.mustache"]! += "source: Data: the feature\ntag: Draft\n"
        let export = try ChartExport(
            registry: try Registry.embedded(), options: AnalysisOptions(draws: 5_000),
            templates: TemplateSet(origin: "Templates", files: files))
        let svg = String(decoding: try export.file(named: "annual-flow", theme: .slide, format: .svg), as: UTF8.self)
        #expect(svg.contains(">Data: the feature<") && svg.contains(">Draft<"))
    }
}
