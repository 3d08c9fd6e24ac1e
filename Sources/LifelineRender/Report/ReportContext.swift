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
    /// `comparison.ID.…` (see ``comparisonValues(_:)``), `comparisons`, `counterfactual` and `erosion`.
    private static func analysisValues(_ analysis: AnalysisResult) -> [String: Any] {
        typealias T = AnalysisTables
        var models: [String: Any] = [:]
        for model in analysis.models {
            models[model.id] =
                [
                    "title": model.title, "median": T.text(model.median, unit: model.unit), "mean": T.text(model.mean, unit: model.unit),
                    "p5": T.text(model.p5, unit: model.unit), "p95": T.text(model.p95, unit: model.unit),
                    "interval": "\(T.text(model.p5, unit: model.unit)) to \(T.text(model.p95, unit: model.unit))",
                    "scenario": model.kind == .scenario, "sourced": model.kind != .scenario, "formula": model.formula,
                ] as [String: Any]
        }
        let method = analysis.method
        let counterfactual = analysis.counterfactual
        return [
            "model": models,
            "analysis": [
                "draws": NumberText.grouped(Double(analysis.draws)), "seed": String(analysis.seed), "blockSize": String(method.blockSize),
                "subBucketBits": String(method.subBucketBits),
                "bucketsPerPowerOfTwo": NumberText.grouped(Double(method.bucketsPerPowerOfTwo)),
                "percentileError": NumberText.percent(method.percentileRelativeError, decimals: 3),
            ] as [String: Any],
            "comparison": comparisonValues(analysis.comparisons),
            "comparisons": groupValues(analysis.comparisons),
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

    /// Each declared comparison by id: `first` and `second` (each with `low`, `median`, `high` and `range`, in its
    /// unit's words), `ratio` (the first median over the second), `agree`/`higher`/`lower` (the first against the
    /// second), and for a claim `holds`/`partly`/`doesNotHold`, `shareInClaim` and `qualitative`.
    private static func comparisonValues(_ comparisons: [ComparisonResult]) -> [String: Any] {
        func text(_ value: Double, unit: String) -> String { unit == "share" ? NumberText.percent(value) : NumberText.usd(value) }
        func side(_ side: ComparedSide) -> [String: Any] {
            [
                "low": text(side.low, unit: side.unit), "median": text(side.median, unit: side.unit),
                "high": text(side.high, unit: side.unit),
                "range": side.low == side.high
                    ? text(side.low, unit: side.unit) : text(side.low, unit: side.unit) + "–" + text(side.high, unit: side.unit),
            ]
        }
        var values: [String: Any] = [:]
        for comparison in comparisons {
            var entry: [String: Any] = [
                "first": side(comparison.first), "second": side(comparison.second),
                "ratio": NumberText.grouped(comparison.medianRatio, decimals: 2), "agree": comparison.overlap == .agree,
                "higher": comparison.overlap == .higher, "lower": comparison.overlap == .lower,
            ]
            if let verdict = comparison.verdict {
                entry["holds"] = verdict == .holds
                entry["partly"] = verdict == .partly
                entry["doesNotHold"] = verdict == .doesNotHold
            }
            if let share = comparison.shareInClaim { entry["shareInClaim"] = NumberText.percent(share) }
            if let qualitative = comparison.qualitative { entry["qualitative"] = qualitative }
            values[comparison.id] = entry
        }
        return values
    }

    /// The comparisons of two estimates, grouped: `agreeing` and `differing` (with `anyAgree`/`anyDiffer`), each
    /// a list of `{first, <id>: …}` in the data's order (the item's own id true, every other estimate id false), so
    /// a template names each comparison in words.
    private static func groupValues(_ comparisons: [ComparisonResult]) -> [String: Any] {
        let estimates = comparisons.filter { $0.form == "estimates" }
        func list(_ group: [ComparisonResult]) -> [[String: Any]] {
            group.enumerated().map { offset, item in
                var entry: [String: Any] = ["first": offset == 0]
                for other in estimates { entry[other.id] = other.id == item.id }
                return entry
            }
        }
        let agreeing = estimates.filter { $0.overlap == .agree }, differing = estimates.filter { $0.overlap != .agree }
        return [
            "anyAgree": !agreeing.isEmpty, "anyDiffer": !differing.isEmpty, "agreeing": list(agreeing), "differing": list(differing),
        ]
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
