import LifelineAnalysis
import LifelineData

/// The values the report's templates can use, built from the registry (and, from the analysis, its results).
///
/// Names in templates: `dateLine`, `quoteLine`, `contents` (`text`, `id`),
/// `figure.ID.value|low|high|hedged|measures|hasYear|year|cite|isVerified|isReading|reading`
/// (`low` and `high`: each end of a range written as a value of its own; `isVerified`: its quote was found in an
/// archived copy; `isReading`, with `reading`: its number is the data's reading of the quote's words),
/// and in the report's sections the linked forms `figure.ID.linked.value|…`, `model.ID.linked.median|…` (see
/// `ReportContext+Provenance.swift`),
/// `parameter.ID.low|median|high`,
/// `sensitivity.MODEL.baseline|top.name|top.low|top.high`,
/// `source.ID.number|cite|title|hasPublisher|publisher|hasYear|year|hasDate|date` (each value only when its `has…`
/// is true), `references` (`number`, `anchor`, `text`), and the blocks
/// `nameChart` and `nameTable` of each chart and table template (each with `ref`, a link to it, and `block`, the
/// table or figure).
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
    /// The date the author gave with `--date`, else the data's `paper: date:`, if any.
    let date: String?
    /// Everything but the contents and the blocks, built once: figures, sources, references, analysis values.
    private let shared: [String: Any]
    /// ``shared`` with the linked forms of figures' and models' values (see ``linkedValues(_:analysis:hovers:flavor:)``),
    /// for each flavour.
    private let linked: (markdown: [String: Any], html: [String: Any])
    /// The words the values are built from (`words.txt.mustache`).
    let words: Words

    /// The context of `registry` and `analysis`; its words (the date line, intervals, fallbacks) come from
    /// `words.txt.mustache` in `renderer`'s templates.
    /// `quotes` says which figures' quotes were verified (none when nil).
    init(
        registry: Registry, analysis: AnalysisResult, date: String?, renderer: TemplateRenderer, quotes: QuoteVerification? = nil
    ) throws(RenderError) {
        self.registry = registry
        self.analysis = analysis
        let date = date ?? registry.paper?.date
        self.date = date
        let quotes = quotes ?? .none(registry)
        let words = try Words(renderer: renderer, dates: Self.datePieces(registry: registry, date: date, quotes: quotes))
        self.words = words
        let shared = try Self.sharedValues(registry: registry, analysis: analysis, date: date, words: words, quotes: quotes)
        self.shared = shared
        let hovers = try Self.hovers(registry: registry, words: words)
        // The two flavours side by side: each changes its own copy of `shared`.
        linked = alongside(
            { Self.linkedValues(shared, analysis: analysis, hovers: hovers, flavor: .markdown) },
            { Self.linkedValues(shared, analysis: analysis, hovers: hovers, flavor: .html) })
    }

    /// The lines of `words.txt.mustache`, rendered with the date line's pieces and, for `interval` and `range`,
    /// two bounds, and for `hover` a figure's quote and its source.
    ///
    /// Rendering the template for every interval took a sixth of a build, so `interval` and `range` are rendered
    /// twice at the start, for two different bounds and for equal ones, with markers in the bounds' places, and
    /// each call fills the markers in. Text templates do not escape, so the result is the same.
    struct Words {
        /// The parsed templates.
        let renderer: TemplateRenderer
        /// The date line's counts and years (see ``ReportContext/datePieces(registry:date:quotes:)``).
        let dates: [String: Any]
        /// The lines `interval` and `range` with markers for the bounds: for different bounds, then equal ones.
        private let patterns: (different: [String: String], same: [String: String])

        /// Marks the low bound's place in ``patterns``.
        private static let lowMarker = "\u{E000}low\u{E000}"
        /// Marks the high bound's place in ``patterns``.
        private static let highMarker = "\u{E000}high\u{E000}"
        /// Mark the places of a quote, its source and the source's date in the line `hover`.
        private static let quoteMarkers = (
            quote: "\u{E000}quote\u{E000}", source: "\u{E000}quoteSource\u{E000}", date: "\u{E000}quoteDate\u{E000}"
        )

        /// Words from `renderer`'s `words.txt.mustache`, with the date line's pieces `dates`.
        init(renderer: TemplateRenderer, dates: [String: Any]) throws(RenderError) {
            self.renderer = renderer
            self.dates = dates
            func pattern(same: Bool) throws(RenderError) -> [String: String] {
                let lines = try Self.lines(renderer: renderer, dates: dates, low: Self.lowMarker, high: Self.highMarker, same: same)
                return ["interval": try lines("interval"), "range": try lines("range"), "hover": try lines("hover")]
            }
            patterns = (try pattern(same: false), try pattern(same: true))
        }

        /// The lines rendered with no bounds: the date line and the fallbacks.
        func lines() throws(RenderError) -> TemplateLabels {
            try Self.lines(renderer: renderer, dates: dates, low: "", high: "", same: true)
        }

        /// The lines rendered with `low` and `high` as the bounds and `same` saying whether they read alike.
        private static func lines(
            renderer: TemplateRenderer, dates: [String: Any], low: String, high: String, same: Bool
        ) throws(RenderError) -> TemplateLabels {
            var value = dates
            value["low"] = low
            value["high"] = high
            value["same"] = same
            value["quote"] = quoteMarkers.quote
            value["quoteSource"] = quoteMarkers.source
            value["quoteDate"] = quoteMarkers.date
            return try TemplateLabels(file: "words.txt.mustache", renderer: renderer, context: ["value": value])
        }

        /// The line `name` of the patterns with `low` and `high` in the markers' places.
        private func filled(_ name: String, _ low: String, _ high: String) -> String {
            let pattern = (low == high ? patterns.same : patterns.different)[name] ?? ""
            return pattern.replacingEvery(Self.lowMarker, with: low).replacingEvery(Self.highMarker, with: high)
        }

        /// A 90% interval in words: the line `interval` (e.g. `USD 21 million to USD 100 million`).
        func interval(_ low: String, _ high: String) throws(RenderError) -> String { filled("interval", low, high) }

        /// A figure's provenance in words, the line `hover` (e.g. `“…” — Daily NK, 2021`): `quote` (in its quotation
        /// marks), the `source` that gives it and the source's `date`.
        func hover(quote: String, source: String, date: String) -> String {
            let markers = Self.quoteMarkers
            return (patterns.different["hover"] ?? "").replacingEvery(markers.quote, with: quote)
                .replacingEvery(markers.source, with: source).replacingEvery(markers.date, with: date)
        }

        /// A range in words: the line `range` (e.g. `20%–60%`, or one value when both bounds read the same), the
        /// unit written once: `USD 2,300–6,000`, `USD 21–100 million` (see ``shared(_:_:)``).
        func range(_ low: String, _ high: String) throws(RenderError) -> String {
            guard low != high else { return filled("range", low, high) }
            let (first, second) = Self.shared(low, high)
            return filled("range", first, second)
        }

        /// `low` without the last word it shares with `high`, and `high` without the first word it shares with
        /// `low`, when both are several words: `USD 21 million`, `USD 100 million` → `USD 21`, `100 million`.
        /// The editor found "USD 2,200–USD 6,200" beside "USD 2,200–3,100" in one paragraph.
        static func shared(_ low: String, _ high: String) -> (String, String) {
            var lowWords = low.split(separator: " ", omittingEmptySubsequences: false)
            var highWords = high.split(separator: " ", omittingEmptySubsequences: false)
            if lowWords.count > 1, highWords.count > 1, lowWords.last == highWords.last { lowWords.removeLast() }
            if lowWords.count > 1, highWords.count > 1, lowWords.first == highWords.first { highWords.removeFirst() }
            return (lowWords.joined(separator: " "), highWords.joined(separator: " "))
        }
    }

    /// The values every template shares (no contents, no blocks): what chart and table templates are rendered with.
    var values: [String: Any] { shared }

    /// `blocks` placed in `flavor`: each block's reference link and its rendering.
    static func place(_ blocks: [String: any ReportBlock], flavor: Flavor) -> [String: Placed] {
        blocks.mapValues { block in
            Placed(ref: block.reference, block: flavor == .html ? block.html : block.markdown)
        }
    }

    /// The dictionary that Mustache renders: the shared values with their linked forms in `flavor`, the table of
    /// contents and the placed blocks.
    func dictionary(blocks: [String: Placed], contents: [CommonMark.Heading], flavor: Flavor) -> [String: Any] {
        var context = flavor == .html ? linked.html : linked.markdown
        context["contents"] = contents.filter { $0.level == 2 && $0.id != "contents" }.map { ["text": $0.text, "id": $0.id] }
        for (name, placed) in blocks {
            context[name] = ["ref": SafeMarkup(placed.ref), "block": SafeMarkup(placed.block)]
        }
        return context
    }

    private static func sharedValues(
        registry: Registry, analysis: AnalysisResult, date: String?, words: Words, quotes: QuoteVerification
    ) throws(RenderError) -> [String: Any] {
        let citations = Citations(registry: registry)
        let fixed = try words.lines()
        let referenceWords = Citations.ReferenceWords(
            unnamedPublisher: try fixed("unnamedPublisher"), undated: try fixed("undated"), noURL: try fixed("noURL"),
            archivedCopy: try fixed("archivedCopy"))
        var figures: [String: Any] = [:]
        for figure in registry.figures {
            var low = figure, high = figure
            low.value = .point(figure.value.low)
            high.value = .point(figure.value.high)
            var entry: [String: Any] = [
                "value": figure.valueText, "low": low.valueText, "high": high.valueText,
                "hedged": figure.hedgedValueText,
                "measures": figure.measures,
                "hasYear": figure.year != nil,
                "cite": SafeMarkup(citations.cite(figure.source).markdown),
                "isVerified": quotes.isVerified(figure.id), "isReading": figure.isReading,
            ]
            entry["year"] = figure.year.map(String.init)
            entry["reading"] = figure.reading
            figures[figure.id] = entry
        }
        var sources: [String: Any] = [:]
        var references: [[String: Any]] = []
        for source in registry.sources {
            let number = citations.number(of: source.id) ?? 0
            var entry: [String: Any] = [
                "number": String(number), "cite": SafeMarkup(citations.cite(source.id).markdown), "title": source.title,
                "hasPublisher": source.publisher != nil, "hasYear": source.year != nil, "hasDate": source.date != nil,
            ]
            entry["publisher"] = source.publisher
            entry["year"] = source.year.map(String.init)
            entry["date"] = source.date
            sources[source.id] = entry
            references.append([
                "number": String(number),
                "anchor": SafeMarkup("<a id=\"\(Citations.anchor(of: source.id))\"></a>"),
                "text": SafeMarkup(citations.reference(source, words: referenceWords).markdown),
            ])
        }
        var context: [String: Any] = [
            "dateLine": try fixed("dateLine"),
            "paper": paperValues(registry.paper, date: date),
            "quoteLine": try fixed("quoteLine"),
            "figure": figures,
            "source": sources,
            "references": references,
            "parameter": parameterValues(registry),
        ]
        context.merge(try analysisValues(analysis, words: words)) { current, _ in current }
        return context
    }

    /// Each declared parameter by id: `low`, `median` and `high` of the distribution it is drawn from, in its unit's
    /// words.
    private static func parameterValues(_ registry: Registry) -> [String: Any] {
        var values: [String: Any] = [:]
        for parameter in registry.declarations.parameters {
            let distribution = InputDistribution(value: parameter.value, spec: parameter.distribution)
            let text = { (value: Double) in UnitText.text(value, unit: parameter.unit) }
            values[parameter.id] = [
                "low": text(parameter.value.low), "median": text(distribution.quantile(0.5)), "high": text(parameter.value.high),
            ]
        }
        return values
    }

    /// Values from the analysis: `model.ID.median|p5|p95|mean|interval|title`, `analysis.draws|seed|…`,
    /// `comparison.ID.…` (see ``comparisonValues(_:words:)``), `comparisons` and `reading.ID.…` (see
    /// ``readingValues(_:words:)``).
    private static func analysisValues(_ analysis: AnalysisResult, words: Words) throws(RenderError) -> [String: Any] {
        typealias T = UnitText
        var models: [String: Any] = [:]
        for model in analysis.models {
            let low = T.text(model.p5, unit: model.unit), high = T.text(model.p95, unit: model.unit)
            models[model.id] =
                [
                    "title": model.title, "median": T.text(model.median, unit: model.unit), "mean": T.text(model.mean, unit: model.unit),
                    "p5": low, "p95": high, "interval": try words.interval(low, high),
                    "scenario": model.kind == .scenario, "sourced": model.kind != .scenario, "formula": model.formula,
                    "hasBounds": model.bounds != nil, "lowest": model.bounds.map { T.text($0.low, unit: model.unit) } ?? "",
                    "highest": model.bounds.map { T.text($0.high, unit: model.unit) } ?? "",
                ] as [String: Any]
        }
        let method = analysis.method
        return [
            "model": models,
            "analysis": [
                "draws": NumberText.grouped(Double(analysis.draws)), "seed": String(analysis.seed), "blockSize": String(method.blockSize),
                "subBucketBits": String(method.subBucketBits),
                "bucketsPerPowerOfTwo": NumberText.grouped(Double(method.bucketsPerPowerOfTwo)),
                "percentileError": NumberText.percent(method.percentileRelativeError, decimals: 3),
            ] as [String: Any],
            "comparison": try comparisonValues(analysis.comparisons, words: words),
            "comparisons": groupValues(analysis.comparisons),
            "reading": try readingValues(analysis.readings, words: words),
            "sensitivity": sensitivityValues(analysis),
        ]
    }

    /// Each model's tornado by id: `baseline` (every input at the median a draw can reach) and `top`, the input with
    /// the largest swing (`name`, and `low` and `high`, the model with that input at its 5th and 95th percentile),
    /// absent when no input moves.
    private static func sensitivityValues(_ analysis: AnalysisResult) -> [String: Any] {
        var values: [String: Any] = [:]
        for tornado in analysis.sensitivity {
            var entry: [String: Any] = ["baseline": UnitText.text(tornado.baseline, unit: tornado.unit)]
            entry["top"] = topValues(tornado)
            values[tornado.modelID] = entry
        }
        return values
    }

    /// The tornado's top input in words (`name`, `low`, `high`: the model with that input at its 5th and 95th
    /// percentile), or nil when no input moves; the tornado chart's words take the same.
    static func topValues(_ tornado: SensitivityAnalysis) -> [String: Any]? {
        tornado.moving.first.map { top in
            [
                "name": top.input, "low": UnitText.text(top.outputAtLow, unit: tornado.unit),
                "high": UnitText.text(top.outputAtHigh, unit: tornado.unit),
            ]
        }
    }

    /// Each declared comparison by id: `first` and `second` (each with `low`, `median`, `high` and `range`, in its
    /// unit's words, the range's from `words`), `ratio` (the first median over the second), `agree`/`higher`/`lower`
    /// (the first against the second), and for a claim `holds`/`partly`/`doesNotHold`, `shareInClaim`,
    /// `qualitative` and `sameSource`.
    private static func comparisonValues(_ comparisons: [ComparisonResult], words: Words) throws(RenderError) -> [String: Any] {
        func text(_ value: Double, unit: String) -> String { UnitText.text(value, unit: unit) }
        func side(_ side: ComparedSide) throws(RenderError) -> [String: Any] {
            let low = text(side.low, unit: side.unit), high = text(side.high, unit: side.unit)
            return ["low": low, "median": text(side.median, unit: side.unit), "high": high, "range": try words.range(low, high)]
        }
        var values: [String: Any] = [:]
        for comparison in comparisons {
            var entry: [String: Any] = [
                "first": try side(comparison.first), "second": try side(comparison.second),
                "ratio": NumberText.grouped(NumberText.significant(comparison.medianRatio), decimals: 2),
                "agree": comparison.overlap == .agree,
                "higher": comparison.overlap == .higher, "lower": comparison.overlap == .lower,
            ]
            if let verdict = comparison.verdict {
                entry["holds"] = verdict == .holds
                entry["partly"] = verdict == .partly
                entry["doesNotHold"] = verdict == .doesNotHold
            }
            if let share = comparison.shareInClaim { entry["shareInClaim"] = NumberText.percent(NumberText.significant(share)) }
            if let qualitative = comparison.qualitative { entry["qualitative"] = qualitative }
            if let sameSource = comparison.sameSource { entry["sameSource"] = sameSource }
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

    /// The date line's pieces for `words.txt.mustache`: `hasDate`/`date` (the author's `--date`), `figures` and
    /// `sources` (counts), `anyYear`, `oneYear`, `firstYear`, `lastYear` (the sources' publication years), and
    /// `anyUndated`/`undated` (how many sources give no year); for the quote line, `quotes` (how many figures),
    /// `verifiedQuotes` (how many of their quotes were verified) and `allQuotesVerified`.
    static func datePieces(registry: Registry, date: String?, quotes: QuoteVerification) -> [String: Any] {
        let verified = registry.figures.filter { quotes.isVerified($0.id) }.count
        let years = registry.sources.compactMap(\.year).sorted()
        let undated = registry.sources.filter { $0.year == nil }.count
        return [
            "hasDate": date != nil, "date": date ?? "", "figures": String(registry.figures.count),
            "sources": String(registry.sources.count),
            "anyYear": !years.isEmpty, "oneYear": years.first == years.last, "firstYear": years.first.map(String.init) ?? "",
            "lastYear": years.last.map(String.init) ?? "", "anyUndated": undated > 0, "undated": String(undated),
            "quotes": String(registry.figures.count), "verifiedQuotes": String(verified),
            "allQuotesVerified": verified == registry.figures.count,
        ]
    }
}
