import LifelineAnalysis
import LifelineCharts
import LifelineData

/// The charts drawn from the analysis: the simulated flow, erosion, the split, sensitivity, cumulative receipts.
extension ReportCharts {
    /// The model result with `id`, or an error naming what is missing.
    func model(_ id: String) throws(RenderError) -> ModelResult {
        guard let result = analysis.model(id) else { throw .analysis("the analysis has no result `\(id)`") }
        return result
    }

    /// The sources behind a model's figures.
    func sources(of result: ModelResult) -> [String] {
        result.figures.compactMap { registry.figure($0)?.source }
    }

    /// (1) Histogram of model 1's simulated annual flow, its median and 90 % interval marked.
    func annualFlow() throws(RenderError) -> Entry {
        let flow = try model("sk-gross-flow")
        let bins = flow.summary.histogram.map { Bin(lower: $0.lower, upper: $0.upper, value: Double($0.count)) }
        let words = try text.labels(
            "chart-annual-flow.txt.mustache", "chart",
            [
                "median": NumberText.usd(flow.median), "low": NumberText.usd(flow.p5), "high": NumberText.usd(flow.p95),
                "mean": NumberText.usd(flow.mean), "medianShort": compactUSD(flow.median), "lowShort": compactUSD(flow.p5),
                "highShort": compactUSD(flow.p95),
            ])
        return Entry(
            chart: try make(
                name: "annual-flow", words: words, x: .linear(try words("x"), format: .currency("USD"), includesZero: true),
                y: .linear(try words("y"), format: .count),
                marks: [
                    HistogramMark(bins),
                    RuleMark(x: flow.p5, label: try words("lowRule"), ink: .muted, dashed: true),
                    RuleMark(x: flow.median, label: try words("medianRule")),
                    RuleMark(x: flow.p95, label: try words("highRule"), ink: .muted, dashed: true),
                ]),
            sources: sources(of: flow), caption: try words("caption"))
    }

    /// (3) Delivered share against the fee rate for one, two and three intermediaries, with the pooled fee's 90 % interval.
    func feeErosion() throws(RenderError) -> Entry {
        let erosion = analysis.erosion
        let pooled = erosion.pooledFee
        let curves: [[String: Any]] = erosion.curves.enumerated().map { index, curve in
            [
                "hops": String(curve.hops), "one": curve.hops == 1, "delivered": NumberText.percent(curve.deliveredAtMedianFee),
                "last": index == erosion.curves.count - 1,
            ]
        }
        let words = try text.labels(
            "chart-fee-erosion.txt.mustache", "chart",
            [
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
        return Entry(
            chart: try make(
                name: "fee-erosion", words: words, x: .linear(try words("x"), domain: 0...maxFee, format: .percent),
                y: .linear(try words("y"), domain: 0...1, format: .percent), marks: marks),
            sources: feeSources(), caption: try words("caption"))
    }

    /// (4) Where each 100 USD goes: the mean split, stacked (means add up; medians do not).
    func moneySplit() throws(RenderError) -> Entry {
        let split = analysis.split
        let parts: [[String: Any]] = split.perAmount.enumerated().map { index, part in
            var values: [String: Any] = Dictionary(uniqueKeysWithValues: split.perAmount.map { ($0.name, $0.name == part.name) })
            values.merge([
                "mean": NumberText.usd(part.interval.mean), "low": NumberText.usd(part.interval.p5),
                "high": NumberText.usd(part.interval.p95), "last": index == split.perAmount.count - 1,
            ]) { $1 }
            return values
        }
        let words = try text.labels(
            "chart-money-split.txt.mustache", "chart",
            [
                "amount": NumberText.usd(split.amount), "family": NumberText.usd(split.perAmount.first?.interval.mean ?? 0), "parts": parts,
            ])
        var names: [String] = []
        for part in split.perAmount { names.append(try words("part." + part.name)) }
        let category = try words("category")
        return Entry(
            chart: try make(
                name: "money-split", words: words, x: .linear(try words("x"), domain: 0...split.amount, format: .currency("USD")),
                y: .band(nil, categories: [category]),
                marks: [
                    StackedBarMark(
                        series: names, stacks: [Stack(category, values: split.perAmount.map(\.interval.mean))],
                        valueFormat: .currency("USD"))
                ]),
            sources: feeSources(), caption: try words("caption"))
    }

    /// (5) Tornado: how far model 1's median moves as each input goes from its 5th to its 95th percentile.
    func flowSensitivity() throws(RenderError) -> Entry {
        guard let tornado = analysis.sensitivity(of: "sk-gross-flow") else {
            throw .analysis("the analysis has no sensitivity for `sk-gross-flow`")
        }
        let rows = tornado.rows.filter { $0.swing > 0 }  // already by decreasing swing
        let top: [[String: Any]] = rows.prefix(1).map {
            ["name": Self.inputName($0.input).lowercased(), "low": NumberText.usd($0.outputAtLow), "high": NumberText.usd($0.outputAtHigh)]
        }
        let words = try text.labels(
            "chart-flow-sensitivity.txt.mustache", "chart",
            ["baseline": NumberText.usd(tornado.baseline), "baselineShort": compactUSD(tornado.baseline), "top": top])
        var bars: [Bar] = []
        for row in rows {
            let name = Self.inputName(row.input)
            bars.append(Bar(name, value: row.outputAtLow, base: tornado.baseline, ink: .series(2), label: compactUSD(row.outputAtLow)))
            bars.append(Bar(name, value: row.outputAtHigh, base: tornado.baseline, ink: .series(1), label: compactUSD(row.outputAtHigh)))
        }
        return Entry(
            chart: try make(
                name: "flow-sensitivity", words: words, x: .linear(try words("x"), format: .currency("USD")),
                y: .band(nil, categories: rows.map { Self.inputName($0.input) }),
                marks: [BarMark(bars), RuleMark(x: tornado.baseline, label: try words("baselineRule"))]),
            sources: sources(of: try model("sk-gross-flow")), caption: try words("caption"))
    }

    /// (6) A family's cumulative receipts over the years at today's costs and at the SDG 10.c target.
    func cumulativeReceipts() throws(RenderError) -> Entry {
        let counterfactual = analysis.counterfactual
        let years = counterfactual.cumulative
        guard let last = years.last else { throw .analysis("the analysis has no cumulative receipts (no years of sending)") }
        let sent = years.map { DataPoint(Double($0.year), $0.sent.median) }
        let received = years.map { DataPoint(Double($0.year), $0.received.median) }
        let target = years.map { DataPoint(Double($0.year), $0.receivedAtTarget.median) }
        let band = years.map { BandPoint(x: Double($0.year), low: $0.received.p5, high: $0.received.p95) }
        let words = try text.labels(
            "chart-cumulative-receipts.txt.mustache", "chart",
            [
                "target": NumberText.percent(counterfactual.targetCost), "years": String(last.year),
                "gain": NumberText.usd(last.receivedAtTarget.median - last.received.median), "sent": NumberText.usd(last.sent.median),
                "received": NumberText.usd(last.received.median), "receivedAtTarget": NumberText.usd(last.receivedAtTarget.median),
            ])
        let cited = [try model("family-annual-sent"), try model("family-annual-received")].flatMap(sources(of:))
        let targetSource = registry.figure(counterfactual.targetFigureID)?.source
        return Entry(
            chart: try make(
                name: "cumulative-receipts", words: words, x: .linear(try words("x"), domain: 0...Double(last.year), format: .plain),
                y: .linear(try words("y"), format: .currency("USD"), includesZero: true),
                marks: [
                    AreaMark(band, ink: .series(2), opacity: 0.15, legendLabel: try words("band")),
                    LineMark(sent, ink: .muted, label: try words("sent"), dashed: true),
                    LineMark(target, ink: .series(1), label: try words("target")),
                    LineMark(received, ink: .series(2), label: try words("received")),
                ]),
            sources: cited + [targetSource].compactMap { $0 }, caption: try words("caption"))
    }

    /// The sources of the fee evidence.
    func feeSources() -> [String] { analysis.feeSources.map(\.source) }

    /// "USD 54M": short money for chart labels.
    func compactUSD(_ value: Double) -> String { NumberFormat.currency("USD").string(value) }

    /// An input's name for a chart row, first letter capitalised.
    static func inputName(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}
