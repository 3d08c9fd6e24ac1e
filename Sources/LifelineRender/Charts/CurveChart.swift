import LifelineAnalysis
import LifelineCharts
import LifelineData

/// `kind: curve`: a curve of the data's `curves:` (`curve:`). One line per model against the input the curve runs
/// over, a light band over that input's 90% interval, a dashed rule at its median, and at the median each model's
/// simulated 90% interval as a vertical range with its median point (what the model gives with every input drawn).
/// Words: chart.name (the curve's), median, low, high (the input, in its unit), and per model `chart.model.ID.…`
/// and the list `chart.models` (each with id, name, atMedian: the line's value at the input's median; median, low,
/// high: the simulated interval; first, last). `line.MODEL-ID` names a line; without it, the model's name does.
struct CurveChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let id = declaration.id(.curve)
        guard let curve = charts.analysis.curve(id) else { throw .analysis("the analysis has no curve `\(id)`") }
        let over = curve.over, overStyle = ValueStyle(unit: curve.overUnit)
        var results: [ModelResult] = []
        for series in curve.models { results.append(try charts.model(series.modelID)) }
        let unit = curve.models.first?.unit ?? ""
        let style = ValueStyle(unit: unit)
        let models: [[String: Any]] = zip(curve.models, results).enumerated().map { index, pair in
            let (series, result) = pair
            return [
                "id": series.modelID, "name": result.title, "atMedian": style.text(series.atMedian),
                "median": style.text(series.simulated.median), "low": style.text(series.simulated.p5),
                "high": style.text(series.simulated.p95), "first": index == 0, "last": index == curve.models.count - 1,
            ]
        }
        let words = try words([
            "median": overStyle.text(over.median), "low": overStyle.text(over.p5), "high": overStyle.text(over.p95),
            "name": curve.name, "models": models, "model": Dictionary(zip(curve.models.map(\.modelID), models)) { first, _ in first },
        ])
        let values = curve.models.flatMap { $0.points.map(\.y) + [$0.simulated.p5, $0.simulated.p95] }.filter(\.isFinite)
        let bottom = min(0, values.min() ?? 0)
        let top = max(unit == "share" ? 1 : bottom, values.max() ?? 1)
        var marks: [any Mark] = [
            AreaMark(
                [BandPoint(x: over.p5, low: bottom, high: top), BandPoint(x: over.p95, low: bottom, high: top)],
                ink: .muted, opacity: 0.15, legendLabel: try words("band")),
            RuleMark(x: over.median, label: try words("medianRule"), ink: .muted, dashed: true),
        ]
        for (index, (series, result)) in zip(curve.models, results).enumerated() {
            marks.append(
                LineMark(
                    series.points.map { DataPoint($0.x, $0.y) }, ink: .series(index + 1),
                    label: words.lines["line." + series.modelID] ?? result.title))
        }
        marks.append(
            PointRangeMark(
                curve.models.enumerated().map { index, series in
                    PointRange(
                        at: over.median, value: series.simulated.median, low: series.simulated.p5, high: series.simulated.p95,
                        ink: .series(index + 1))
                }))
        let first = curve.models.first?.points.first?.x ?? 0, last = curve.models.first?.points.last?.x ?? 1
        return try entry(
            words: words, x: .linear(try words("x"), domain: first...max(last, first), format: overStyle.axis),
            y: .linear(try words("y"), domain: bottom...top, format: style.axis), marks: marks)
    }
}
