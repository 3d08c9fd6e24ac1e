import LifelineAnalysis
import LifelineData

/// The values the report's templates can use, built from the registry (and, from the analysis, its results).
///
/// Names in templates: `dateLine`, `contents` (`text`, `id`), `figure.ID.value|hedged|measures|year|cite`,
/// `source.ID.number|cite|title|publisher|year|date`, `references` (`number`, `anchor`, `text`), and the blocks
/// `feeTable`, `feeChart`, `figureTable` (each with `ref`, a link to it, and `block`, the table or figure).
struct ReportContext {
    /// Which form the blocks take: Markdown for readers and pandoc, or HTML for libcmark.
    enum Flavor { case markdown, html }

    /// A block as one pass places it: the link that refers to it and the block itself.
    struct Placed {
        /// `[Table 1](#table-fee-evidence)`.
        var ref: String
        /// The table or figure in the pass's flavour.
        var block: String
    }

    let registry: Registry
    /// The analysis results the report quotes.
    let analysis: AnalysisResult
    /// The date the author gave with `--date`, if any.
    let date: String?
    /// Everything but the contents and the blocks, built once: figures, sources, references, analysis values.
    private let shared: [String: Any]

    init(registry: Registry, analysis: AnalysisResult, date: String?) {
        self.registry = registry
        self.analysis = analysis
        self.date = date
        self.shared = Self.sharedValues(registry: registry, analysis: analysis, date: date)
    }

    /// The values every template shares (no contents, no blocks): what chart and table templates are rendered with.
    var values: [String: Any] { shared }

    /// `blocks` placed in `flavor`: each block's reference link and its rendering.
    static func place(_ blocks: [String: any ReportBlock], flavor: Flavor) -> [String: Placed] {
        blocks.mapValues { block in
            Placed(ref: block.reference, block: flavor == .html ? block.html : block.markdown)
        }
    }

    /// The dictionary that Mustache renders: the shared values, the table of contents and the placed blocks.
    func dictionary(blocks: [String: Placed], contents: [CommonMark.Heading]) -> [String: Any] {
        var context = shared
        context["contents"] = contents.filter { $0.level == 2 && $0.id != "contents" }.map { ["text": $0.text, "id": $0.id] }
        for (name, placed) in blocks {
            context[name] = ["ref": SafeMarkup(placed.ref), "block": SafeMarkup(placed.block)]
        }
        return context
    }

    private static func sharedValues(registry: Registry, analysis: AnalysisResult, date: String?) -> [String: Any] {
        let citations = Citations(registry: registry)
        var figures: [String: Any] = [:]
        for figure in registry.figures {
            figures[figure.id] =
                [
                    "value": figure.valueText,
                    "hedged": figure.hedgedValueText,
                    "measures": figure.measures,
                    "year": figure.year.map(String.init) ?? "year not stated",
                    "cite": SafeMarkup(citations.cite(figure.source).markdown),
                ] as [String: Any]
        }
        var sources: [String: Any] = [:]
        var references: [[String: Any]] = []
        for source in registry.sources {
            let number = citations.number(of: source.id) ?? 0
            sources[source.id] =
                [
                    "number": String(number), "cite": SafeMarkup(citations.cite(source.id).markdown), "title": source.title,
                    "publisher": source.publisher ?? "an unnamed publisher", "year": source.year.map(String.init) ?? "undated",
                    "date": source.date ?? "undated",
                ] as [String: Any]
            references.append([
                "number": String(number),
                "anchor": SafeMarkup("<a id=\"\(Citations.anchor(of: source.id))\"></a>"),
                "text": SafeMarkup(citations.reference(source).markdown),
            ])
        }
        var context: [String: Any] = [
            "dateLine": dateLine(registry: registry, date: date),
            "figure": figures,
            "source": sources,
            "references": references,
        ]
        context.merge(analysisValues(analysis)) { current, _ in current }
        return context
    }

    /// Values from the analysis: `model.ID.median|p5|p95|mean|interval|title`, `analysis.draws|seed|…`,
    /// `crossCheck`, `comparison`, `counterfactual` and `erosion`.
    private static func analysisValues(_ analysis: AnalysisResult) -> [String: Any] {
        typealias T = AnalysisTables
        var models: [String: Any] = [:]
        for model in analysis.models {
            models[model.id] =
                [
                    "title": model.title, "median": T.text(model.median, unit: model.unit), "mean": T.text(model.mean, unit: model.unit),
                    "p5": T.text(model.p5, unit: model.unit), "p95": T.text(model.p95, unit: model.unit),
                    "interval": "\(T.text(model.p5, unit: model.unit)) to \(T.text(model.p95, unit: model.unit))",
                    "kind": model.kind == .scenario ? "scenario" : "sourced estimate", "formula": model.formula,
                ] as [String: Any]
        }
        let method = analysis.method
        let check = analysis.crossCheck
        let counterfactual = analysis.counterfactual
        let usd = { (value: Double) in NumberText.usd(value) }
        return [
            "model": models,
            "analysis": [
                "draws": NumberText.grouped(Double(analysis.draws)), "seed": String(analysis.seed), "blockSize": String(method.blockSize),
                "subBucketBits": String(method.subBucketBits),
                "bucketsPerPowerOfTwo": NumberText.grouped(Double(method.bucketsPerPowerOfTwo)),
                "percentileError": NumberText.percent(method.percentileRelativeError, decimals: 3),
            ] as [String: Any],
            "crossCheck": [
                "qualitative": check.qualitative, "claimLow": usd(check.claimLow), "claimHigh": usd(check.claimHigh),
                "modelLow": usd(check.modelP5), "modelHigh": usd(check.modelP95), "modelMedian": usd(check.modelMedian),
                "holds": check.verdict == .holds, "partly": check.verdict == .partly, "doesNotHold": check.verdict == .doesNotHold,
                "shareInClaim": NumberText.percent(check.shareInClaim),
            ] as [String: Any],
            "comparison": comparisonValues(analysis.comparison),
            "split": ["stateFeeOnEveryTransfer": analysis.split.stateFeeOnEveryTransfer] as [String: Any],
            "counterfactual": [
                "target": NumberText.percent(counterfactual.targetCost),
                "currentCost": T.interval(counterfactual.currentCost, unit: "share"),
                "timesTarget": NumberText.grouped(counterfactual.timesTarget, decimals: 0),
                "flowGain": T.interval(counterfactual.flowGain, unit: "USD/year"),
                "familyReceived": T.interval(counterfactual.familyReceived, unit: "USD/year"),
                "familyReceivedAtTarget": T.interval(counterfactual.familyReceivedAtTarget, unit: "USD/year"),
                "years": String(counterfactual.cumulative.last?.year ?? 0),
            ] as [String: Any],
            "erosion": [
                "pooledFee": T.interval(analysis.erosion.pooledFee, unit: "share"),
                "exchangeLoss": NumberText.percent(analysis.erosion.exchangeLoss),
                "family": analysis.split.perAmount.first.map { T.interval($0.interval, unit: "USD") } ?? "n/a",
            ] as [String: Any],
        ]
    }

    /// The comparison of model 2 with model 1: `ratio`, `share`, `perSender` and `flow` (each with `feature`,
    /// `survey`, `agree`, `higher`, `lower`), and `agreeing`/`differing` (with `anyAgree`/`anyDiffer`): the rows
    /// on each side, each with `first` and one of `shareSending`, `amountPerSender`, `annualFlow` true.
    private static func comparisonValues(_ comparison: SurveyComparison) -> [String: Any] {
        func range(_ low: Double, _ high: Double, unit: String) -> String {
            let text = { (value: Double) in unit == "share" ? NumberText.percent(value) : NumberText.usd(value) }
            return low == high ? text(low) : text(low) + "–" + text(high)
        }
        func quantity(_ row: ComparisonRow, first: Bool) -> [String: Any] {
            var names: [String: Any] = ["first": first]
            for quantity in ComparisonQuantity.allCases { names[templateName(of: quantity)] = row.quantity == quantity }
            return names
        }
        var values: [String: Any] = ["ratio": NumberText.grouped(comparison.medianRatio, decimals: 2)]
        let keys: [ComparisonQuantity: String] = [.shareSending: "share", .amountPerSender: "perSender", .annualFlow: "flow"]
        for row in comparison.rows {
            values[keys[row.quantity]!] =
                [
                    "feature": range(row.featureLow, row.featureHigh, unit: row.unit),
                    "survey": range(row.surveyLow, row.surveyHigh, unit: row.unit),
                    "agree": row.overlap == .agree, "higher": row.overlap == .higher, "lower": row.overlap == .lower,
                ] as [String: Any]
        }
        let agreeing = comparison.rows.filter(\.agrees), differing = comparison.rows.filter { !$0.agrees }
        values["anyAgree"] = !agreeing.isEmpty
        values["anyDiffer"] = !differing.isEmpty
        values["agreeing"] = agreeing.enumerated().map { quantity($0.element, first: $0.offset == 0) }
        values["differing"] = differing.enumerated().map { quantity($0.element, first: $0.offset == 0) }
        return values
    }

    /// `share-sending` → `shareSending`: a quantity's name in templates.
    static func templateName(of quantity: ComparisonQuantity) -> String {
        ReportBuilder.camelCase(quantity.rawValue)
    }

    /// "Based on 27 sourced figures from 6 sources published 2014–2021."
    private static func dateLine(registry: Registry, date: String?) -> String {
        let years = registry.sources.compactMap(\.year).sorted()
        let span =
            years.isEmpty
            ? "of unknown date" : (years.first == years.last ? "published \(years[0])" : "published \(years.first!)–\(years.last!)")
        let undated = registry.sources.filter { $0.year == nil }.count
        let undatedText = undated == 0 ? "" : " (\(undated) undated)"
        let prefix = date.map { "\($0). " } ?? ""
        return prefix + "Based on \(registry.figures.count) sourced figures from \(registry.sources.count) sources \(span)\(undatedText)."
    }
}
