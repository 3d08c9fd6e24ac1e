import LifelineAnalysis
import LifelineCharts
import LifelineData

/// `kind: point-range`: a dot on a whisker for each figure of `figures:` (a dot alone for a single value), then for
/// each model of `models:` its median (labelled) on its 90% interval, in the order written, and with `pooled:` a model's median
/// and 90% interval as an emphasised last row. The rows `highlight:` names are drawn in the second colour.
/// Words: chart.figures (id, value, highlighted, hasPublisher, publisher, hasYear, year, last), chart.models (id,
/// title, median, low, high, hasRange (whether low and high differ), highlighted, last), lowest and highest (over every row), and the pooled model's median,
/// low and high; `label.ID` names each row (a model's falls back to its name), `pooledLabel` the pooled row.
struct PointRangeChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let registry = charts.registry
        let figures = declaration.ids(.figures).compactMap { registry.figure($0) }
        var models: [ModelResult] = []
        for id in declaration.ids(.models) { models.append(try charts.model(id)) }
        let highlighted = Set(declaration.ids(.highlight))
        let style = ValueStyle(unit: figures.first?.unit.rawValue ?? models.first?.unit ?? "")
        let figureRows: [[String: Any]] = figures.enumerated().map { index, figure in
            let source = registry.source(figure.source)
            return [
                "id": figure.id, "value": figure.hedgedValueText, "highlighted": highlighted.contains(figure.id),
                "hasPublisher": source?.publisher != nil,
                "publisher": source?.publisher ?? "", "hasYear": source?.year != nil, "year": source?.year.map(String.init) ?? "",
                "last": index == figures.count - 1,
            ]
        }
        let modelRows: [[String: Any]] = models.enumerated().map { index, model in
            [
                "id": model.id, "title": model.title, "median": style.text(model.median), "low": style.text(model.p5),
                "high": style.text(model.p95), "hasRange": model.p5 != model.p95, "highlighted": highlighted.contains(model.id),
                "last": index == models.count - 1,
            ]
        }
        let lows = figures.map(\.value.low) + models.map(\.p5), highs = figures.map(\.value.high) + models.map(\.p95)
        var values: [String: Any] = [
            "figures": figureRows, "models": modelRows, "lowest": style.text(lows.min() ?? 0), "highest": style.text(highs.max() ?? 0),
        ]
        let pooled = try declaration.reference(.pooled).map { reference throws(RenderError) in try charts.model(reference.id) }
        let pooledStyle = ValueStyle(unit: pooled?.unit ?? "")
        if let pooled {
            values.merge([
                "median": pooledStyle.text(pooled.median), "low": pooledStyle.text(pooled.p5), "high": pooledStyle.text(pooled.p95),
            ]) { $1 }
        }
        let words = try words(values)
        func ink(_ id: String) -> Ink { highlighted.contains(id) ? .series(2) : .series(1) }
        var points: [PointRange] = []
        for figure in figures {
            points.append(
                PointRange(
                    try words("label." + figure.id), value: figure.value.midpoint, low: figure.value.low, high: figure.value.high,
                    ink: ink(figure.id), label: figure.hedgedValueText))
        }
        for model in models {
            points.append(
                PointRange(
                    words.lines["label." + model.id] ?? model.title, value: model.median, low: model.p5, high: model.p95,
                    ink: ink(model.id), label: style.text(model.median)))
        }
        if let pooled {
            points.append(
                PointRange(
                    try words("pooledLabel"), value: pooled.median, low: pooled.p5, high: pooled.p95, ink: .series(3),
                    label: try intervalLabel(pooled, style: pooledStyle), emphasized: true))
        }
        return try entry(
            words: words, x: .linear(try words("x"), format: style.axis, includesZero: true),
            y: .band(nil, categories: points.map(\.category)), marks: [PointRangeMark(points)])
    }

    /// "30% (16%–62%)": a model's median and, from the words' `range`, its 90% interval.
    private func intervalLabel(_ model: ModelResult, style: ValueStyle) throws(RenderError) -> String {
        style.text(model.median) + " (" + (try charts.text.words.range(style.text(model.p5), style.text(model.p95))) + ")"
    }
}
