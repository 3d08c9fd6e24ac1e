import LifelineCharts
import LifelineData

/// `kind: cumulative`: a family's cumulative receipts over the years at today's costs and at the SDG 10.c target
/// (the analysis's counterfactual); the caption cites the sources of the models `models:` names and of the
/// target. Words: chart.target, years, and after the last year gain, sent, received, receivedAtTarget (medians).
struct CumulativeChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let counterfactual = charts.analysis.counterfactual
        let years = counterfactual.cumulative
        guard let last = years.last else { throw .analysis("the analysis has no cumulative receipts (no years of sending)") }
        let sent = years.map { DataPoint(Double($0.year), $0.sent.median) }
        let received = years.map { DataPoint(Double($0.year), $0.received.median) }
        let target = years.map { DataPoint(Double($0.year), $0.receivedAtTarget.median) }
        let band = years.map { BandPoint(x: Double($0.year), low: $0.received.p5, high: $0.received.p95) }
        let words = try words([
            "target": NumberText.percent(counterfactual.targetCost), "years": String(last.year),
            "gain": NumberText.usd(last.receivedAtTarget.median - last.received.median), "sent": NumberText.usd(last.sent.median),
            "received": NumberText.usd(last.received.median), "receivedAtTarget": NumberText.usd(last.receivedAtTarget.median),
        ])
        var cited: [String] = []
        for id in declaration.ids(.models) { cited += charts.sources(of: try charts.model(id)) }
        let targetSource = charts.registry.figure(counterfactual.targetFigureID)?.source
        return ReportCharts.Entry(
            chart: try make(
                words: words, x: .linear(try words("x"), domain: 0...Double(last.year), format: .plain),
                y: .linear(try words("y"), format: .currency("USD"), includesZero: true),
                marks: [
                    AreaMark(band, ink: .series(2), opacity: 0.15, legendLabel: try words("band")),
                    LineMark(sent, ink: .muted, label: try words("sent"), dashed: true),
                    LineMark(target, ink: .series(1), label: try words("target")),
                    LineMark(received, ink: .series(2), label: try words("received")),
                ]),
            sources: cited + [targetSource].compactMap { $0 }, caption: try words("caption"))
    }
}
