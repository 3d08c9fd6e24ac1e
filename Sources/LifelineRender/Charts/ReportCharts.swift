import LifelineAnalysis
import LifelineCharts
import LifelineData

/// The report's charts: each one built from the registry on the general chart kit, with the caption that
/// cites its sources. `lifeline chart NAME` draws one of them on its own; `build` inlines them all.
struct ReportCharts {
    let registry: Registry
    let analysis: AnalysisResult

    /// A chart of the report and where it comes from.
    struct Entry {
        /// The chart itself (its name prefixes every id, so several inline in one page never clash).
        var chart: Chart
        /// The sources the chart draws on, for its caption.
        var sources: [String]
        /// The caption's sentence, before the citations.
        var caption: String
    }

    /// Every chart's name, in report order.
    static let names = ["annual-flow", "broker-fees", "fee-erosion", "money-split", "cumulative-receipts", "flow-sensitivity"]

    /// The chart called `name`, or nil.
    func entry(named name: String) throws(RenderError) -> Entry? {
        switch name {
        case "annual-flow": try annualFlow()
        case "broker-fees": try brokerFees()
        case "fee-erosion": try feeErosion()
        case "money-split": try moneySplit()
        case "flow-sensitivity": try flowSensitivity()
        case "cumulative-receipts": try cumulativeReceipts()
        default: nil
        }
    }

    /// Every chart, in report order.
    func all() throws(RenderError) -> [Entry] {
        var entries: [Entry] = []
        for name in Self.names { if let entry = try entry(named: name) { entries.append(entry) } }
        return entries
    }

    /// Fee rates by source: a dot on a whisker for each reported range, a dot alone for a single rate.
    func brokerFees() throws(RenderError) -> Entry {
        let figures = ReportTables.feeFigureIDs.compactMap(registry.figure).filter { $0.qualifier != .upperBound }
        var rows = figures.map { figure in
            PointRange(
                label(for: figure), value: figure.value.midpoint, low: figure.value.low, high: figure.value.high,
                ink: figure.id.hasPrefix("state") ? .series(2) : .series(1), label: figure.hedgedValueText)
        }
        let pooled = try model("fee-pooled")
        rows.append(
            PointRange(
                "All sources pooled", value: pooled.median, low: pooled.p5, high: pooled.p95, ink: .series(3),
                label: "\(NumberText.percent(pooled.median)) (\(NumberText.percent(pooled.p5))–\(NumberText.percent(pooled.p95)))",
                emphasized: true))
        let lowest = figures.map(\.value.low).min() ?? 0
        let highest = figures.map(\.value.high).max() ?? 0
        let description =
            "Dot-and-whisker chart of the share of each remittance that intermediaries take, as each source reports it: "
            + figures.map { "\(label(for: $0)): \($0.hedgedValueText)" }.joined(separator: "; ")
            + ". Reported cuts run from \(NumberText.percent(lowest)) to \(NumberText.percent(highest)) of the amount sent; "
            + "pooled over the sources with equal weights, the median cut is \(NumberText.percent(pooled.median)) "
            + "(90% interval \(NumberText.percent(pooled.p5))–\(NumberText.percent(pooled.p95)))."
        return Entry(
            chart: try make(
                name: "broker-fees",
                title: "Intermediaries take \(NumberText.percent(lowest)) to \(NumberText.percent(highest)) of what is sent",
                subtitle: "Reported cut as a share of the amount sent, by source", description: description,
                x: .linear("Share of the amount sent", format: .percent, includesZero: true),
                y: .band(nil, categories: rows.map(\.category)),
                marks: [PointRangeMark(rows)]),
            sources: figures.map(\.source),
            caption:
                "Intermediaries' cut by source. A whisker spans a reported range; a dot alone is a single reported rate. The state's border fee is shown in its own colour; the diamond is the pooled distribution (a mixture over the sources with equal weights), its median and 90% interval."
        )
    }

    /// "Daily NK 2021 (brokers)": publisher, year and who takes the cut.
    func label(for figure: Figure) -> String {
        let source = registry.source(figure.source)
        let who = figure.id.hasPrefix("state") ? "state fee" : "brokers"
        let name = source?.publisher ?? "Unattributed feature"
        return source?.year.map { "\(name) \($0) (\(who))" } ?? "\(name) (\(who))"
    }

    func make(
        name: String, title: String, subtitle: String, description: String, x: Axis, y: Axis, marks: [any Mark]
    ) throws(RenderError) -> Chart {
        do {
            return try Chart(name: name, title: title, subtitle: subtitle, description: description, x: x, y: y, marks: marks)
        } catch {
            throw .analysis("the chart `\(name)` could not be made: \(error)")
        }
    }
}
