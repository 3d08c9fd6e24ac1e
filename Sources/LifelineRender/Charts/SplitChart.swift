import LifelineCharts
import LifelineData

/// `kind: split`: where each transfer goes, the mean split stacked (means add up; medians do not). Words:
/// chart.amount, family (its mean share), and parts (part: family, brokers, state or exchange-loss; mean, low,
/// high, last); `part.NAME` names each part, `category` the bar.
struct SplitChart: ChartBuilder {
    let charts: ReportCharts
    let declaration: ChartDeclaration

    func entry() throws(RenderError) -> ReportCharts.Entry {
        let split = charts.analysis.split
        let parts: [[String: Any]] = split.perAmount.enumerated().map { index, part in
            var values: [String: Any] = Dictionary(uniqueKeysWithValues: split.perAmount.map { ($0.name, $0.name == part.name) })
            values.merge([
                "mean": NumberText.usd(part.interval.mean), "low": NumberText.usd(part.interval.p5),
                "high": NumberText.usd(part.interval.p95), "last": index == split.perAmount.count - 1,
            ]) { $1 }
            return values
        }
        let words = try words([
            "amount": NumberText.usd(split.amount), "family": NumberText.usd(split.perAmount.first?.interval.mean ?? 0), "parts": parts,
        ])
        var names: [String] = []
        for part in split.perAmount { names.append(try words("part." + part.name)) }
        let category = try words("category")
        return ReportCharts.Entry(
            chart: try make(
                words: words, x: .linear(try words("x"), domain: 0...split.amount, format: .currency("USD")),
                y: .band(nil, categories: [category]),
                marks: [
                    StackedBarMark(
                        series: names, stacks: [Stack(category, values: split.perAmount.map(\.interval.mean))],
                        valueFormat: .currency("USD"))
                ]),
            sources: charts.feeSources(), caption: try words("caption"))
    }
}
