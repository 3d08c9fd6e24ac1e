import LifelineCharts

/// `kind: distribution`: a histogram of a model's simulated values (`model:`), its median and 90% interval marked.
/// Words: chart.median, low, high, mean (as the report's text writes the model's unit), and medianShort, lowShort,
/// highShort (short, as on the axis).
struct DistributionChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let model = try charts.model(declaration.id(.model))
        let style = ValueStyle(unit: model.unit)
        let bins = model.summary.histogram.map { Bin(lower: $0.lower, upper: $0.upper, value: Double($0.count)) }
        let words = try words([
            "median": style.text(model.median), "low": style.text(model.p5), "high": style.text(model.p95), "mean": style.text(model.mean),
            "medianShort": style.short(model.median), "lowShort": style.short(model.p5), "highShort": style.short(model.p95),
        ])
        return try entry(
            words: words, x: .linear(try words("x"), format: style.axis, includesZero: true),
            y: .linear(try words("y"), format: .count),
            marks: [
                HistogramMark(bins),
                RuleMark(x: model.p5, label: try words("lowRule"), ink: .muted, dashed: true),
                RuleMark(x: model.median, label: try words("medianRule")),
                RuleMark(x: model.p95, label: try words("highRule"), ink: .muted, dashed: true),
            ])
    }
}
