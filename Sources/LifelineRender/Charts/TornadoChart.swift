import LifelineCharts

/// `kind: tornado`: how far a model's median (`model:`) moves as each input goes from its 5th to its 95th
/// percentile, the others at their medians. Words: chart.baseline, baselineShort, median and medianShort (the
/// model's simulated median, drawn as a second rule so a reader sees why the baseline differs), and top (the input
/// with the largest swing: name, low, high; empty when no input moves); `lowLegend` and `highLegend` name the
/// bars' colours.
struct TornadoChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let id = declaration.id(.model)
        guard let tornado = charts.analysis.sensitivity(of: id) else { throw .analysis("the analysis has no sensitivity for `\(id)`") }
        let style = ValueStyle(unit: tornado.unit)
        let rows = tornado.moving
        let top = [ReportContext.topValues(tornado)].compactMap { $0 }
        let model = try charts.model(id)
        let words = try words([
            "baseline": style.text(tornado.baseline), "baselineShort": style.short(tornado.baseline), "top": top,
            "median": style.text(model.median), "medianShort": style.short(model.median),
        ])
        var bars: [Bar] = []
        // A side that does not move (a discrete input held at its lower value) has no bar, so no label: the
        // baseline rule already states that value, and a label there would sit on the other side's bar.
        func label(_ value: Double) -> String? { value == tornado.baseline ? nil : style.short(value) }
        for row in rows {
            let name = ReportCharts.inputName(row.input)
            bars.append(Bar(name, value: row.outputAtLow, base: tornado.baseline, ink: .series(2), label: label(row.outputAtLow)))
            bars.append(Bar(name, value: row.outputAtHigh, base: tornado.baseline, ink: .series(1), label: label(row.outputAtHigh)))
        }
        return try entry(
            words: words, x: .linear(try words("x"), format: style.axis),
            y: .band(nil, categories: rows.map { ReportCharts.inputName($0.input) }),
            marks: [
                BarMark(
                    bars,
                    legend: [
                        LegendEntry(try words("lowLegend"), ink: .series(2)), LegendEntry(try words("highLegend"), ink: .series(1)),
                    ]),
                RuleMark(x: tornado.baseline, label: try words("baselineRule")),
                RuleMark(x: model.median, label: try words("medianRule"), ink: .muted, dashed: true),
            ])
    }
}
