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
}
