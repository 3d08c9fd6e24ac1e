import LifelineCharts

/// A builder of one kind of chart: it reads the ids its declaration names, the analysis, and its words from the
/// chart's template.
protocol ChartBuilder {
    /// The report's charts: registry, analysis and templates.
    var charts: ReportCharts { get }
    /// What the chart's template declares.
    var declaration: ChartDeclaration { get }
    /// The chart, with its caption and sources.
    func entry() throws(RenderError) -> ReportCharts.Entry
}

extension ChartBuilder {
    /// The chart's words: its template rendered with `values` under `chart`.
    func words(_ values: [String: Any]) throws(RenderError) -> TemplateLabels {
        try charts.text.labels(declaration.file, "chart", values)
    }

    /// The chart called by the declaration's name, with the title, subtitle and description of `words`.
    func make(words: TemplateLabels, x: Axis, y: Axis, marks: [any Mark]) throws(RenderError) -> Chart {
        try charts.make(name: declaration.name, words: words, x: x, y: y, marks: marks)
    }
}
