import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every chart the tool makes, in every theme, checked as a file a slide tool or browser would open.
@Suite struct ReportChartTests {
    static let export = try! ChartExport(registry: try! Registry.embedded(), options: AnalysisOptions(draws: 20_000))

    static var cases: [(String, ChartExport.ThemeName)] {
        ChartExport.names.flatMap { name in ChartExport.ThemeName.allCases.map { (name, $0) } }
    }

    /// Collects ids and checks the root while parsing.
    final class Inspector: NSObject, XMLParserDelegate {
        var ids: [String] = []
        var root: [String: String]?
        var elements: Set<String> = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if root == nil { root = attributes }
            elements.insert(name)
            if let id = attributes["id"] { ids.append(id) }
        }
    }

    /// Regression: with a discrete input held at its lower value, one side of its tornado bar has no length, and
    /// its label ("USD 36M") was drawn on top of the other side's bar, below contrast (found by the browser check).
    @Test func aTornadoSideThatDoesNotMoveHasNoLabel() throws {
        let svg = String(decoding: try Self.export.file(named: "flow-sensitivity", theme: .report, format: .svg), as: UTF8.self)
        let coloured = svg.components(separatedBy: "<rect ").dropFirst().filter {
            $0.contains("fill=\"#0072b2\"") || $0.contains("fill=\"#d55e00\"")
        }
        // The legend's swatches are squares in the bars' two colours; the bars are the rest.
        func attribute(_ name: String, _ rect: String) -> String? {
            rect.components(separatedBy: " \(name)=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
        }
        let swatches = coloured.filter { attribute("width", $0) == attribute("height", $0) }
        let rects = coloured.filter { attribute("width", $0) != attribute("height", $0) }
        let zeroWidth = rects.filter { $0.contains("width=\"0\"") }.count
        let attributes = svg.components(separatedBy: "<text ").dropFirst().map { $0.prefix { $0 != ">" } }
        let labels = attributes.filter { $0.contains("text-anchor=\"start\"") || $0.contains("text-anchor=\"end\"") }
        #expect(swatches.count == 2, "the legend names the low and the high side")
        #expect(zeroWidth >= 1, "the default flow has a discrete input held at its lower value")
        #expect(labels.count == rects.count - zeroWidth, "one label per bar that has a length")
    }

    @Test(arguments: cases)
    func chartIsAWellFormedAccessibleFile(_ name: String, _ theme: ChartExport.ThemeName) throws {
        let data = try Self.export.file(named: name, theme: theme, format: .svg)
        let svg = String(decoding: data, as: UTF8.self)
        let inspector = Inspector()
        let parser = XMLParser(data: data)
        parser.delegate = inspector
        #expect(parser.parse(), "\(name) \(theme): \(parser.parserError.map { "\($0)" } ?? "")")
        let root = try #require(inspector.root)
        #expect(root["viewBox"] != nil && root["width"] != nil && root["height"] != nil)
        #expect(root["role"] == "img")
        #expect(root["aria-labelledby"] == "\(name)-title \(name)-desc")
        #expect(inspector.elements.isSuperset(of: ["title", "desc", "text"]))
        #expect(Set(inspector.ids).count == inspector.ids.count, "duplicate ids in \(name)")
        #expect(inspector.ids.allSatisfy { $0.hasPrefix(name + "-") || $0 == name })
        for banned in ["NaN", "nan", "inf", "<style", "currentColor", "var(", "rgba(", "transparent"] {
            #expect(!svg.contains(banned), "\(name) \(theme) contains \(banned)")
        }
        if theme == .report { #expect(data.count < 15_000, "\(name) is \(data.count) bytes") }
    }

    @Test(arguments: ChartExport.names)
    func chartRendersToPNG(_ name: String) throws {
        let png = try Self.export.file(named: name, theme: .slide, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 10_000)
    }

    @Test func everyChartIsInTheReport() throws {
        let files = try ReportBuilder(registry: try Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000)).build()
        let html = String(decoding: files.first { $0.path == "report.html" }!.data, as: UTF8.self)
        for name in ChartExport.names {
            #expect(html.contains("<figure id=\"figure-\(name)\">"), "\(name)")
            #expect(files.contains { $0.path == "charts/\(name).svg" } && files.contains { $0.path == "charts/\(name)-slide.svg" })
        }
    }

    /// The embedded templates with `file` set to `text` (nil removes it).
    static func templates(_ file: String, _ text: String?) -> TemplateSet {
        var files = TemplateSet.embedded.files
        files[file] = text
        return TemplateSet(origin: "Templates", files: files)
    }

    @Test func theChartsAreTheChartTemplatesSortedByName() throws {
        #expect(
            ChartExport.names == ["annual-flow", "broker-fees", "fee-erosion", "flow-sensitivity", "routes"])
        let added = Self.templates("chart-china.txt.mustache", TemplateSet.embedded.files["chart-annual-flow.txt.mustache"])
        #expect(ChartExport.names(in: added).contains("china"))
        #expect(!ChartExport.names(in: Self.templates("chart-routes.txt.mustache", nil)).contains("routes"))
    }

    @Test func declarationLinesAreReadOutsideCommentsWithTheColumnOfEachID() {
        let text = "{{! kind: split\n    model: in-a-comment }}\nkind: point-range\nfigures: a,  b\ntitle: {{chart.lowest}}\n"
        let declaration = ChartDeclaration(name: "x", file: "chart-x.txt.mustache", path: "T/chart-x.txt.mustache", text: text)
        #expect(declaration.kind == .pointRange)
        #expect(declaration.reference(.model) == nil)
        #expect(
            declaration.lines[.figures] == [
                ChartDeclaration.Reference(id: "a", line: 4, column: 10), ChartDeclaration.Reference(id: "b", line: 4, column: 14),
            ])
    }

    @Test func aMisspeltKindIsALocatedErrorThatSuggestsTheKind() throws {
        let file = "chart-flow-sensitivity.txt.mustache"
        let text = try #require(TemplateSet.embedded.files[file]).replacingOccurrences(of: "kind: tornado", with: "kind: tornato")
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("kind:") }) + 1
        #expect {
            _ = try ChartExport(
                registry: try Registry.embedded(), options: AnalysisOptions(draws: 1_000), templates: Self.templates(file, text))
        } throws: { error in
            "\(error)".contains("Templates/\(file):\(line):7: error: the chart kind `tornato` is unknown. Did you mean `tornado`?")
        }
    }

    @Test func aChartWithoutAKindOrWithALineItsKindDoesNotReadIsAnError() throws {
        let missing = Self.templates("chart-extra.txt.mustache", "title: t\n")
        let wrong = Self.templates("chart-extra.txt.mustache", "kind: curve\nmodel: sk-gross-flow\n")
        for (templates, message) in [
            (missing, "Templates/chart-extra.txt.mustache:1:1: error: the chart `extra` declares no kind."),
            (wrong, "Templates/chart-extra.txt.mustache:2:8: error: a curve chart takes no line `model:`."),
        ] {
            #expect {
                _ = try ChartExport(registry: try Registry.embedded(), options: AnalysisOptions(draws: 1_000), templates: templates)
            } throws: { error in
                "\(error)".contains(message)
            }
        }
    }
}
