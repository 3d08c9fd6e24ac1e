import LifelineCharts
import LifelineData

/// The report's charts: each one built from the registry on the general chart kit, with the caption that
/// cites its sources. `lifeline chart NAME` draws one of them on its own; `build` inlines them all.
struct ReportCharts {
    let registry: Registry

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
    static let names = ["broker-fees"]

    /// The chart called `name`, or nil.
    func entry(named name: String) throws(RenderError) -> Entry? {
        switch name {
        case "broker-fees": try brokerFees()
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
        let rows = figures.map { figure in
            PointRange(
                label(for: figure), value: figure.value.midpoint, low: figure.value.low, high: figure.value.high,
                ink: figure.id.hasPrefix("state") ? .series(2) : .series(1), label: figure.hedgedValueText)
        }
        let lowest = figures.map(\.value.low).min() ?? 0
        let highest = figures.map(\.value.high).max() ?? 0
        let description = "Dot-and-whisker chart of the share of each remittance that intermediaries take, as each source reports it: "
            + figures.map { "\(label(for: $0)): \($0.hedgedValueText)" }.joined(separator: "; ")
            + ". Reported cuts run from \(NumberText.percent(lowest)) to \(NumberText.percent(highest)) of the amount sent."
        return Entry(
            chart: try make(
                name: "broker-fees", title: "Intermediaries take \(NumberText.percent(lowest)) to \(NumberText.percent(highest)) of what is sent",
                subtitle: "Reported cut as a share of the amount sent, by source", description: description,
                x: .linear("Share of the amount sent", format: .percent, includesZero: true),
                y: .band(nil, categories: rows.map(\.category)),
                marks: [PointRangeMark(rows)]),
            sources: figures.map(\.source),
            caption: "Intermediaries' cut by source. A whisker spans a reported range; a dot alone is a single reported rate. The state's border fee is shown in its own colour.")
    }

    /// "Daily NK 2021 (brokers)": publisher, year and who takes the cut.
    private func label(for figure: Figure) -> String {
        let source = registry.source(figure.source)
        let who = figure.id.hasPrefix("state") ? "state fee" : "brokers"
        let name = source?.publisher ?? "Unattributed feature"
        return source?.year.map { "\(name) \($0) (\(who))" } ?? "\(name) (\(who))"
    }

    private func make(
        name: String, title: String, subtitle: String, description: String, x: Axis, y: Axis, marks: [any Mark]
    ) throws(RenderError) -> Chart {
        do {
            return try Chart(name: name, title: title, subtitle: subtitle, description: description, x: x, y: y, marks: marks)
        } catch {
            throw .analysis("the chart `\(name)` could not be made: \(error)")
        }
    }
}
