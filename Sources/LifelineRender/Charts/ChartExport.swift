import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData

/// The report's charts on their own, for slides and documents: any chart in any theme and size, as
/// SVG or as PNG (through librsvg's `rsvg-convert`, at twice the size for sharpness).
public struct ChartExport: Sendable {
    /// A chart theme a user can ask for by name.
    public enum ThemeName: String, CaseIterable, Sendable {
        /// Light, for print and documents (640×360).
        case report
        /// Dark background, light text.
        case dark
        /// 16:9 for slides, 1280×720, large type.
        case slide
        /// Slide size on a dark background.
        case slideDark = "slide-dark"

        var theme: Theme {
            switch self {
            case .report: .report
            case .dark: .dark
            case .slide: .slide
            case .slideDark: .slideDark
            }
        }
    }

    /// File formats.
    public enum Format: String, CaseIterable, Sendable {
        /// Scalable, text kept as text.
        case svg
        /// A bitmap for tools that cannot take SVG.
        case png
    }

    /// Every chart, drawn once.
    let charts: [ReportCharts.Entry]

    /// The name of every chart the templates declare (one `chart-NAME.txt.mustache` each), sorted.
    public let names: [String]

    /// The name of every chart the embedded templates declare, sorted.
    public static var names: [String] { names(in: .embedded) }

    /// The name of every chart `templates` declare, sorted.
    public static func names(in templates: TemplateSet) -> [String] { ChartDeclaration.names(in: templates) }

    /// Charts drawn from this registry, analysed with `options` (the defaults match `lifeline build`'s), their
    /// words from `templates` as in the report.
    public init(registry: Registry, options: AnalysisOptions = AnalysisOptions(), templates: TemplateSet = .embedded) throws(RenderError) {
        let analysis: AnalysisResult
        do { analysis = try Analysis.run(registry: registry, options: options) } catch { throw .analysis(error.description) }
        let renderer = try TemplateRenderer(templates: templates)
        let context = try ReportContext(registry: registry, analysis: analysis, date: nil, renderer: renderer)
        let text = ReportText(renderer: renderer, context: context)
        charts = try ReportCharts(registry: registry, analysis: analysis, text: text).all()
        names = charts.map(\.chart.name)
    }

    /// The chart `name` as a standalone file.
    public func file(named name: String, theme: ThemeName, width: Double? = nil, height: Double? = nil, format: Format) throws(RenderError)
        -> Data
    {
        guard let entry = charts.first(where: { $0.chart.name == name }) else {
            throw .unknownChart(name: name, known: names)
        }
        let svg = entry.chart.svg(theme: theme.theme.sized(width: width, height: height))
        switch format {
        case .svg: return Data(svg.utf8)
        case .png: return try Rasterizer.png(svg: svg, scale: 2)
        }
    }
}
