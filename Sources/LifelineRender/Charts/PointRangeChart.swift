import LifelineCharts
import LifelineData

/// `kind: point-range`: a dot on a whisker for each figure of `figures:` (a dot alone for a single value), in the
/// order written, and with `pooled:` a model's median and 90% interval as an emphasised last row. A fee the state
/// takes is drawn in the second colour. Words: chart.figures (id, value, state, hasPublisher, publisher, hasYear,
/// year, last), lowest and highest, and the pooled model's median, low and high; `label.ID` names each row,
/// `pooledLabel` the pooled row.
struct PointRangeChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let registry = charts.registry
        let figures = declaration.ids(.figures).compactMap { registry.figure($0) }
        let state = Set(charts.analysis.feeSources.filter { $0.taker == .state }.map(\.figureID))
        let style = ValueStyle(unit: figures.first?.unit.rawValue ?? "")
        let rows: [[String: Any]] = figures.enumerated().map { index, figure in
            let source = registry.source(figure.source)
            return [
                "id": figure.id, "value": figure.hedgedValueText, "state": state.contains(figure.id),
                "hasPublisher": source?.publisher != nil,
                "publisher": source?.publisher ?? "", "hasYear": source?.year != nil, "year": source?.year.map(String.init) ?? "",
                "last": index == figures.count - 1,
            ]
        }
        var values: [String: Any] = [
            "figures": rows, "lowest": style.text(figures.map(\.value.low).min() ?? 0),
            "highest": style.text(figures.map(\.value.high).max() ?? 0),
        ]
        let pooled = try declaration.reference(.pooled).map { reference throws(RenderError) in try charts.model(reference.id) }
        let pooledStyle = ValueStyle(unit: pooled?.unit ?? "")
        if let pooled {
            values.merge([
                "median": pooledStyle.text(pooled.median), "low": pooledStyle.text(pooled.p5), "high": pooledStyle.text(pooled.p95),
            ]) { $1 }
        }
        let words = try words(values)
        var points: [PointRange] = []
        for figure in figures {
            points.append(
                PointRange(
                    try words("label." + figure.id), value: figure.value.midpoint, low: figure.value.low, high: figure.value.high,
                    ink: state.contains(figure.id) ? .series(2) : .series(1), label: figure.hedgedValueText))
        }
        if let pooled {
            points.append(
                PointRange(
                    try words("pooledLabel"), value: pooled.median, low: pooled.p5, high: pooled.p95, ink: .series(3),
                    label: "\(pooledStyle.text(pooled.median)) (\(pooledStyle.text(pooled.p5))–\(pooledStyle.text(pooled.p95)))",
                    emphasized: true))
        }
        return ReportCharts.Entry(
            chart: try make(
                words: words, x: .linear(try words("x"), format: style.axis, includesZero: true),
                y: .band(nil, categories: points.map(\.category)), marks: [PointRangeMark(points)]),
            sources: figures.map(\.source), caption: try words("caption"))
    }
}
