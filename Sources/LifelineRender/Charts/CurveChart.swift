import LifelineCharts
import LifelineData

/// `kind: curve`: the share delivered against the fee each intermediary takes, one curve per number of
/// intermediaries, with the pooled fee's 90% interval shaded (the analysis's fee erosion). Words: chart.median,
/// low, high (the pooled fee), and curves (hops, one, delivered at the median fee, last); `line.HOPS` names each
/// curve.
struct CurveChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let erosion = charts.analysis.erosion
        let pooled = erosion.pooledFee
        let curves: [[String: Any]] = erosion.curves.enumerated().map { index, curve in
            [
                "hops": String(curve.hops), "one": curve.hops == 1, "delivered": NumberText.percent(curve.deliveredAtMedianFee),
                "last": index == erosion.curves.count - 1,
            ]
        }
        let words = try words([
            "curves": curves, "median": NumberText.percent(pooled.median), "low": NumberText.percent(pooled.p5),
            "high": NumberText.percent(pooled.p95),
        ])
        var marks: [any Mark] = [
            AreaMark(
                [BandPoint(x: pooled.p5, low: 0, high: 1), BandPoint(x: pooled.p95, low: 0, high: 1)],
                ink: .series(3), opacity: 0.15, legendLabel: try words("band")),
            RuleMark(x: pooled.median, label: try words("medianRule"), ink: .muted, dashed: true),
        ]
        for (index, curve) in erosion.curves.enumerated() {
            let points = curve.points.map { DataPoint($0.fee, $0.delivered) }
            marks.append(LineMark(points, ink: .series(index + 1), label: try words("line.\(curve.hops)")))
        }
        let maxFee: Double = erosion.curves.first?.points.last?.fee ?? 1
        return ReportCharts.Entry(
            chart: try make(
                words: words, x: .linear(try words("x"), domain: 0...maxFee, format: .percent),
                y: .linear(try words("y"), domain: 0...1, format: .percent), marks: marks),
            sources: charts.feeSources(), caption: try words("caption"))
    }
}
