import Foundation
import LifelineAnalysis

extension ReportBuilder {
    /// The report as a 16:9 slide deck, `slides.pptx` (see ``SlideDeck``): a title slide, one slide per key finding
    /// and one per chart, in the order `report` (the files ``build()`` made) numbers its figures. It uses the
    /// analysis and parsed templates the builder already holds (from ``loading(registry:templates:date:analysisOptions:)``),
    /// and `rsvg-convert` for the charts' pictures.
    public func slideDeck(report: [ReportFile]) throws(RenderError) -> ReportFile {
        let (renderer, _, context) = try prepared()
        let text = ReportText(renderer: renderer, context: context)
        let charts = ReportCharts(registry: registry, analysis: context.analysis, text: text)
        var entries = try charts.all()
        if let markdown = report.first(where: { $0.path == "report.md" }) {
            let labels = Self.numbering(
                of: entries.map { "figure-" + $0.chart.name }, in: String(decoding: markdown.data, as: UTF8.self), table: "T", figure: "F")
            func place(_ entry: ReportCharts.Entry) -> Int { Int(labels["figure-" + entry.chart.name]?.dropFirst(2) ?? "") ?? Int.max }
            entries = entries.enumerated().sorted { (place($0.element), $0.offset) < (place($1.element), $1.offset) }.map(\.element)
        }
        return try SlideDeck(registry: registry, text: text, charts: charts, entries: entries).file()
    }

    /// The parsed templates, the analysis (see ``analysed()``) and the report's context.
    func prepared() throws(RenderError) -> (TemplateRenderer, AnalysisResult, ReportContext) {
        let (renderer, analysis) = try analysed()
        return (
            renderer, analysis, try ReportContext(registry: registry, analysis: analysis, date: date, renderer: renderer, quotes: quotes)
        )
    }

    /// The parsed templates and the analysis: the builder's own from ``loading(registry:templates:date:analysisOptions:)``
    /// while they still match its registry, templates and options, else made anew.
    func analysed() throws(RenderError) -> (TemplateRenderer, AnalysisResult) {
        let renderer: TemplateRenderer
        if let parsedTemplates, parsedTemplates.templates == templates {
            renderer = parsedTemplates
        } else {
            renderer = try TemplateRenderer(templates: templates)
        }
        let analysis: AnalysisResult
        do {
            if let ranAnalysis, ranAnalysis.registry == registry, ranAnalysis.options == analysisOptions {
                analysis = try ranAnalysis.result.get()
            } else {
                analysis = try Analysis.run(registry: registry, options: analysisOptions)
            }
        } catch {
            throw .analysis(error.description)
        }
        return (renderer, analysis)
    }
}
