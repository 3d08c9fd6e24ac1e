import LifelineAnalysis
import LifelineData

/// The report's tables drawn from the analysis: the two flow estimates, where the money goes, the inputs
/// and their distributions, and the assumptions that no source supports.
/// Their words come from `table-NAME.txt.mustache`.
struct AnalysisTables {
    let registry: Registry
    let analysis: AnalysisResult
    /// The templates the words come from.
    let text: ReportText

    /// A value in a model's unit: USD amounts, USD a year, shares as percentages.
    static func text(_ value: Double, unit: String) -> String {
        switch unit {
        case "share": NumberText.percent(value)
        case "USD": "USD " + NumberText.grouped(value, decimals: value < 1000 ? 2 : 0)
        case "USD/year": NumberText.usd(value)
        default: NumberText.grouped(value)
        }
    }

    /// "47.7 million (21.4–102.4 million)": a median and its 90 % interval.
    static func interval(_ interval: Interval, unit: String) -> String {
        "\(text(interval.median, unit: unit)) (\(text(interval.p5, unit: unit)) to \(text(interval.p95, unit: unit)))"
    }

    private func cite(_ figureIDs: [String]) -> [Inline] {
        Citations(registry: registry).cite(sources: figureIDs.compactMap { registry.figure($0)?.source })
    }

    /// Model 1 against model 2 (and the China scenario), with their inputs' sources.
    func flowEstimates(label: String) throws(RenderError) -> Table {
        let words = try text.labels("table-flow-estimates.txt.mustache", "table")
        let ids = ["sk-gross-flow", "sk-survey-flow", "cn-scenario-flow", "total-flow-scenario"]
        let models = ids.compactMap(analysis.model)
        let scenario = try words("scenario"), sourced = try words("sourced")
        return Table(
            id: "table-flow-estimates", label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .right, .right, .left]),
            rows: models.map { model in
                [
                    [.text(model.title)],
                    [.text(model.kind == .scenario ? scenario : sourced)],
                    [.text(Self.text(model.median, unit: model.unit))],
                    [.text("\(Self.text(model.p5, unit: model.unit)) to \(Self.text(model.p95, unit: model.unit))")],
                    cite(model.figures),
                ]
            })
    }

    /// Where each 100 USD goes and, a year, what brokers and the state capture from the South Korea flow.
    func moneySplit(label: String) throws(RenderError) -> Table {
        let split = analysis.split
        let words = try text.labels("table-money-split.txt.mustache", "table", ["amount": NumberText.usd(split.amount)])
        var names: [String: String] = [:]
        for part in split.perAmount + split.annual {
            names["perAmount." + part.name] = try words("perAmount." + part.name)
            names["annual." + part.name] = try words("annual." + part.name)
        }
        let rows: [[[Inline]]] =
            split.perAmount.map { part in
                [
                    [.text(names["perAmount." + part.name]!)],
                    [.text(Self.text(part.interval.mean, unit: "USD"))],
                    [.text("\(Self.text(part.interval.p5, unit: "USD")) to \(Self.text(part.interval.p95, unit: "USD"))")],
                ]
            }
            + split.annual.map { part in
                [
                    [.text(names["annual." + part.name]!)],
                    [.text(Self.text(part.interval.mean, unit: "USD/year"))],
                    [.text("\(Self.text(part.interval.p5, unit: "USD/year")) to \(Self.text(part.interval.p95, unit: "USD/year"))")],
                ]
            }
        return Table(
            id: "table-money-split", label: label,
            caption: [.text(try words("caption") + " " + text.common()("sources") + " ")]
                + cite(
                    analysis.feeSources.map(\.figureID)  // The population the annual split applies to: model 1's first input.
                        + [analysis.model("sk-gross-flow")?.inputs.first?.figureID].compactMap { $0 }) + [.text(".")],
            columns: try words.columns([.left, .right, .right]),
            rows: rows)
    }

    /// Every simulated input of every model: figure, distribution, parameters, and its 90 % interval.
    func inputs(label: String) throws(RenderError) -> Table {
        let words = try text.labels("table-inputs.txt.mustache", "table")
        let pooled = try words("pooled"), assumed = try words("assumption")
        var seen: Set<String> = []
        var rows: [[[Inline]]] = []
        for model in analysis.models {
            for input in model.inputs where seen.insert(input.name).inserted {
                let source: [Inline]
                if let id = input.figureID {
                    source = [.text(id), .text(" ")] + cite([id])
                } else if input.sourced {
                    source = [.text(pooled + " ")] + cite(analysis.feeSources.map(\.figureID))
                } else {
                    source = [.text(assumed)]
                }
                rows.append([
                    [.text(input.name)], source, [.text(input.distribution)], [.text(input.parameters)],
                    [.text("\(Self.text(input.p5, unit: input.unit)) to \(Self.text(input.p95, unit: input.unit))")],
                ])
            }
        }
        return Table(
            id: "table-inputs", label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .left, .left, .right]),
            rows: rows)
    }

    /// The assumptions no source supports: what a reader must accept to accept the scenarios. A stated assumption
    /// without a value shows the template's `stated` word.
    func assumptions(label: String) throws(RenderError) -> Table {
        let words = try text.labels("table-assumptions.txt.mustache", "table")
        let stated = try words("stated")
        return Table(
            id: "table-assumptions", label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .left]),
            rows: analysis.assumptions.filter { !$0.sourced }.map {
                [[.text($0.name)], [.text($0.value ?? stated)], [.text($0.description)]]
            })
    }
}
