import LifelineAnalysis
import LifelineCharts
import LifelineData

/// The report's charts: each one built from the registry on the general chart kit, with the caption that
/// cites its sources. Every word comes from the chart's template, `chart-NAME.txt.mustache`.
/// `lifeline chart NAME` draws one of them on its own; `build` inlines them all.
struct ReportCharts {
    let registry: Registry
    let analysis: AnalysisResult
    /// The templates the words come from.
    let text: ReportText

    /// A chart of the report and where it comes from.
    struct Entry: Sendable {
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
        let brokers = analysis.feeSources.filter { $0.taker == .broker } + analysis.feeSources.filter { $0.taker != .broker }
        let figures = brokers.compactMap { registry.figure($0.figureID) }.filter { $0.qualifier != .upperBound }
        let state = Set(analysis.feeSources.filter { $0.taker == .state }.map(\.figureID))
        let pooled = try model("fee-pooled")
        let lowest = figures.map(\.value.low).min() ?? 0
        let highest = figures.map(\.value.high).max() ?? 0
        let rows: [[String: Any]] = figures.enumerated().map { index, figure in
            let source = registry.source(figure.source)
            return [
                "id": figure.id, "value": figure.hedgedValueText, "state": state.contains(figure.id),
                "hasPublisher": source?.publisher != nil,
                "publisher": source?.publisher ?? "", "hasYear": source?.year != nil, "year": source?.year.map(String.init) ?? "",
                "last": index == figures.count - 1,
            ]
        }
        let words = try text.labels(
            "chart-broker-fees.txt.mustache", "chart",
            [
                "figures": rows, "lowest": NumberText.percent(lowest), "highest": NumberText.percent(highest),
                "median": NumberText.percent(pooled.median), "low": NumberText.percent(pooled.p5), "high": NumberText.percent(pooled.p95),
            ])
        var points: [PointRange] = []
        for figure in figures {
            points.append(
                PointRange(
                    try words("label." + figure.id), value: figure.value.midpoint, low: figure.value.low, high: figure.value.high,
                    ink: state.contains(figure.id) ? .series(2) : .series(1), label: figure.hedgedValueText))
        }
        points.append(
            PointRange(
                try words("pooled"), value: pooled.median, low: pooled.p5, high: pooled.p95, ink: .series(3),
                label: "\(NumberText.percent(pooled.median)) (\(NumberText.percent(pooled.p5))–\(NumberText.percent(pooled.p95)))",
                emphasized: true))
        return Entry(
            chart: try make(
                name: "broker-fees", words: words, x: .linear(try words("x"), format: .percent, includesZero: true),
                y: .band(nil, categories: points.map(\.category)), marks: [PointRangeMark(points)]),
            sources: figures.map(\.source), caption: try words("caption"))
    }

    /// The chart `name` with the title, subtitle and description of `words`.
    func make(name: String, words: TemplateLabels, x: Axis, y: Axis, marks: [any Mark]) throws(RenderError) -> Chart {
        try make(
            name: name, title: try words("title"), subtitle: try words("subtitle"), description: try words("description"), x: x, y: y,
            marks: marks)
    }

    /// The chart, or an error naming it.
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
