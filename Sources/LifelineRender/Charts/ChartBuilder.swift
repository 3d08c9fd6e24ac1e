import LifelineCharts

/// A builder of one kind of chart: it reads the ids its declaration names, the analysis, and its words from the
/// chart's template.
protocol ChartBuilder {
    /// The report's charts: registry, analysis and templates.
    var charts: ReportCharts { get }
    /// What the chart's template declares.
    var declaration: ChartDeclaration { get }
    /// The chart, with its caption and sources (built with `entry(words:x:y:marks:)` from `words(_:)`).
    func entry() throws(RenderError) -> ReportCharts.Entry
}
