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
        let median = NumberText.usd(flow.median), low = NumberText.usd(flow.p5), high = NumberText.usd(flow.p95)
        return Entry(
            chart: try make(
                name: "annual-flow", title: "Defectors in South Korea send about \(median) a year",
                subtitle: "Simulated annual flow, \(NumberText.grouped(Double(analysis.draws))) draws",
                description: "Histogram of the simulated gross annual flow of remittances from defectors in South Korea. "
                    + "Median \(median); 90% interval \(low) to \(high); mean \(NumberText.usd(flow.mean)).",
                x: .linear("USD a year", format: .currency("USD"), includesZero: true),
                y: .linear("Draws", format: .count),
                marks: [
                    HistogramMark(bins),
                    RuleMark(x: flow.p5, label: "5th pct \(compactUSD(flow.p5))", ink: .muted, dashed: true),
                    RuleMark(x: flow.median, label: "Median \(compactUSD(flow.median))"),
                    RuleMark(x: flow.p95, label: "95th pct \(compactUSD(flow.p95))", ink: .muted, dashed: true),
                ]),
            sources: sources(of: flow),
            caption:
                "Simulated gross annual flow from defectors in South Korea: population × share who send × amount per transfer × transfers a year, each input drawn from its sourced range. Solid line: median; dashed: the 90% interval."
        )
    }

    /// (3) Delivered share against the fee rate for one, two and three intermediaries, with the pooled fee's 90 % interval.
    func feeErosion() throws(RenderError) -> Entry {
        let erosion = analysis.erosion
        let pooled = erosion.pooledFee
        var marks: [any Mark] = [
            AreaMark(
                [BandPoint(x: pooled.p5, low: 0, high: 1), BandPoint(x: pooled.p95, low: 0, high: 1)],
                ink: .series(3), opacity: 0.15, legendLabel: "Pooled fee, 90% interval"),
            RuleMark(x: pooled.median, label: "Median fee \(NumberText.percent(pooled.median))", ink: .muted, dashed: true),
        ]
        for (index, curve) in erosion.curves.enumerated() {
            let points = curve.points.map { DataPoint($0.fee, $0.delivered) }
            let hops = curve.hops == 1 ? "1 intermediary" : "\(curve.hops) intermediaries"
            marks.append(LineMark(points, ink: .series(index + 1), label: hops))
        }
        let atMedian: [String] = erosion.curves.map { curve in
            let hops = curve.hops == 1 ? "1 hop" : "\(curve.hops) hops"
            return hops + ": " + NumberText.percent(curve.deliveredAtMedianFee)
        }
        let maxFee: Double = erosion.curves.first?.points.last?.fee ?? 1
        return Entry(
            chart: try make(
                name: "fee-erosion", title: "Every intermediary compounds the loss",
                subtitle: "Share of the amount sent that reaches the family, by fee per intermediary",
                description: "Line chart of the share delivered against the fee each intermediary takes, for one, two and three "
                    + "intermediaries. At the pooled median fee of \(NumberText.percent(pooled.median)) the family receives "
                    + atMedian.joined(separator: "; ") + ". The shaded band is the pooled fee's 90% interval ("
                    + "\(NumberText.percent(pooled.p5))–\(NumberText.percent(pooled.p95))).",
                x: .linear("Fee taken by each intermediary", domain: 0...maxFee, format: .percent),
                y: .linear("Share delivered", domain: 0...1, format: .percent),
                marks: marks),
            sources: feeSources(),
            caption:
                "Delivered share = (1 − fee)^hops, before any exchange-rate loss. The shaded band marks where the pooled fee evidence puts the fee (90% interval); the dashed line, its median."
        )
    }

    /// (4) Where each 100 USD goes: the mean split, stacked (means add up; medians do not).
    func moneySplit() throws(RenderError) -> Entry {
        let parts = analysis.split.perAmount
        let names = parts.map { Self.partName($0.name) }
        let description =
            "Stacked bar of where each \(NumberText.usd(analysis.split.amount)) sent goes, mean of the simulation: "
            + zip(names, parts).map {
                "\($0.0) \(NumberText.usd($0.1.interval.mean)) (90% interval \(NumberText.usd($0.1.interval.p5))–\(NumberText.usd($0.1.interval.p95)))"
            }.joined(separator: "; ") + "."
        return Entry(
            chart: try make(
                name: "money-split",
                title:
                    "Of every \(NumberText.usd(analysis.split.amount)) sent, about \(NumberText.usd(parts.first?.interval.mean ?? 0)) reaches the family",
                subtitle: "Mean split of each \(NumberText.usd(analysis.split.amount)) sent", description: description,
                x: .linear("USD", domain: 0...analysis.split.amount, format: .currency("USD")),
                y: .band(nil, categories: ["Each \(NumberText.usd(analysis.split.amount))"]),
                marks: [
                    StackedBarMark(
                        series: names, stacks: [Stack("Each \(NumberText.usd(analysis.split.amount))", values: parts.map(\.interval.mean))],
                        valueFormat: .currency("USD"))
                ]),
            sources: feeSources() + ["feature-cash-remittances"].filter { registry.source($0) != nil },
            caption:
                "Means of the simulation, which add up to the amount sent (medians do not); the table of where the money goes gives each part's 90% interval. \(analysis.split.chain)"
        )
    }

    /// (5) Tornado: how far model 1's median moves as each input goes from its 5th to its 95th percentile.
    func flowSensitivity() throws(RenderError) -> Entry {
        guard let tornado = analysis.sensitivity(of: "sk-gross-flow") else {
            throw .analysis("the analysis has no sensitivity for `sk-gross-flow`")
        }
        let rows = tornado.rows.filter { $0.swing > 0 }  // already by decreasing swing
        var bars: [Bar] = []
        for row in rows {
            let name = Self.inputName(row.input)
            bars.append(Bar(name, value: row.outputAtLow, base: tornado.baseline, ink: .series(2), label: compactUSD(row.outputAtLow)))
            bars.append(Bar(name, value: row.outputAtHigh, base: tornado.baseline, ink: .series(1), label: compactUSD(row.outputAtHigh)))
        }
        let top =
            rows.first.map {
                "The largest swing comes from \(Self.inputName($0.input).lowercased()): \(NumberText.usd($0.outputAtLow)) to \(NumberText.usd($0.outputAtHigh))."
            } ?? ""
        return Entry(
            chart: try make(
                name: "flow-sensitivity", title: "Which input moves the estimate most",
                subtitle: "Annual flow with one input at its 5th or 95th percentile, the others at their medians",
                description:
                    "Tornado chart of how the annual flow from South Korea moves around \(NumberText.usd(tornado.baseline)), its value with every input at its median. "
                    + top,
                x: .linear("USD a year", format: .currency("USD")),
                y: .band(nil, categories: rows.map { Self.inputName($0.input) }),
                marks: [BarMark(bars), RuleMark(x: tornado.baseline, label: "All inputs at median: \(compactUSD(tornado.baseline))")]),
            sources: sources(of: try model("sk-gross-flow")),
            caption:
                "Each bar runs from the flow with every input at its median to the flow with one input moved to its 5th or its 95th percentile. Inputs with a single sourced value do not move."
        )
    }

    /// (6) A family's cumulative receipts over the years at today's costs and at the SDG 10.c target.
    func cumulativeReceipts() throws(RenderError) -> Entry {
        let years = analysis.counterfactual.cumulative
        let sent = years.map { DataPoint(Double($0.year), $0.sent.median) }
        let received = years.map { DataPoint(Double($0.year), $0.received.median) }
        let target = years.map { DataPoint(Double($0.year), $0.receivedAtTarget.median) }
        let band = years.map { BandPoint(x: Double($0.year), low: $0.received.p5, high: $0.received.p95) }
        let last = years.last
        let targetText = NumberText.percent(analysis.counterfactual.targetCost)
        return Entry(
            chart: try make(
                name: "cumulative-receipts",
                title:
                    "At the \(targetText) target a family would receive \(last.map { NumberText.usd($0.receivedAtTarget.median - $0.received.median) } ?? "more") more over \(last?.year ?? 0) years",
                subtitle: "Cumulative USD received by one family, median, with the 90% interval at today's costs",
                description:
                    "Line chart of one family's cumulative receipts over \(last?.year ?? 0) years of regular sending. After \(last?.year ?? 0) years "
                    + "the sender has sent \(last.map { NumberText.usd($0.sent.median) } ?? "n/a") (median); the family receives "
                    + "\(last.map { NumberText.usd($0.received.median) } ?? "n/a") at today's costs and would receive "
                    + "\(last.map { NumberText.usd($0.receivedAtTarget.median) } ?? "n/a") at the SDG 10.c target of \(targetText).",
                x: .linear("Years of sending", domain: 0...Double(last?.year ?? 10), format: .plain),
                y: .linear("Cumulative USD", format: .currency("USD"), includesZero: true),
                marks: [
                    AreaMark(band, ink: .series(2), opacity: 0.15, legendLabel: "90% interval at today's costs"),
                    LineMark(sent, ink: .muted, label: "Sent", dashed: true),
                    LineMark(target, ink: .series(1), label: "Received at \(targetText) cost"),
                    LineMark(received, ink: .series(2), label: "Received today"),
                ]),
            sources: [try model("family-annual-sent"), try model("family-annual-received")].flatMap(sources(of:))
                + [registry.figure("sdg-10c-cost-target")?.source].compactMap { $0 },
            caption:
                "One family receiving regular transfers: the amount per transfer and the number a year as the sources report them, today's costs as simulated for the split of each transfer, against the UN's SDG 10.c target for remittance costs."
        )
    }

    /// The sources of the fee evidence.
    func feeSources() -> [String] { analysis.feeSources.map(\.source) }

    /// "USD 54M": short money for chart labels.
    func compactUSD(_ value: Double) -> String { NumberFormat.currency("USD").string(value) }

    /// "brokers" → "Brokers", "exchange-loss" → "Exchange loss".
    static func partName(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// An input's name for a chart row, first letter capitalised.
    static func inputName(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}
