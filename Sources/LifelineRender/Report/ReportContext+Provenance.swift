import LifelineAnalysis
import LifelineData

/// Provenance in the page: each number a template prints from a figure or a model has a linked form beside its plain
/// one, under `linked`, written with three braces:
///
/// - `figure.ID.linked.value|low|high|hedged` links to the figure's row of the appendix (`#fig-ID`, the `all-figures`
///   table); in the HTML it also carries the figure's quote and source (the words' line `hover`), shown by the
///   stylesheet on hover and keyboard focus and given to screen readers as the link's description.
/// - `model.ID.linked.median|mean|p5|p95|interval|lowest|highest`,
///   `reading.ID.model.MODEL.linked.median|mean|low|high|interval` link to the model's row of the `formulas` table
///   (`#model-ID`).
/// - `sensitivity.MODEL.linked.baseline` and `sensitivity.MODEL.top.linked.low|high` link to the model's row.
/// - `comparison.ID.first|second.linked.low|median|high|range` link to the side's figure or model (a pool's to its
///   model's row when it has one; a parameter's side is plain text).
///
/// The plain names stay for tables, charts and text where a link does not belong.
extension ReportContext {
    /// The anchor id of a figure's row in the appendix: `fig-sk-share-sending` (`figure-NAME` is a chart's).
    static func anchor(ofFigure id: String) -> String { "fig-" + id }

    /// The anchor id of a model's row in the `formulas` table: `model-sk-gross-flow`.
    static func anchor(ofModel id: String) -> String { "model-" + id }

    /// Stands for a tooltip's number in the HTML flavour until ``numberingTooltips(_:)`` numbers the page's
    /// tooltips in order, so that a figure cited twice has two ids.
    static let tooltipMarker = "\u{E001}"

    /// The prefix of every tooltip id: `prov-1`, `prov-2`, …
    static let tooltipPrefix = "prov-"

    /// The figure values that have a linked form.
    static let linkedFigureNames = ["value", "low", "high", "hedged"]
    /// The model values that have a linked form.
    static let linkedModelNames = ["median", "mean", "p5", "p95", "interval", "lowest", "highest"]
    /// A reading's model values that have a linked form.
    static let linkedReadingNames = ["median", "mean", "low", "high", "interval"]
    /// A comparison side's values that have a linked form.
    static let linkedSideNames = ["low", "median", "high", "range"]

    /// Where a linked number points: a figure's row (with its hover text) or a model's row.
    enum LinkTarget {
        /// The appendix row of a figure, and the figure's quote and source in words.
        case figure(id: String, hover: String)
        /// The `formulas` table's row of a model.
        case model(id: String)

        /// `text` (plain, from the data) as a link to the target in `flavor`. Both flavours are Markdown: the HTML
        /// one is read by libcmark, so the text between its raw tags is Markdown-escaped like any other text.
        func link(_ text: String, flavor: Flavor) -> String {
            let shown = MarkdownText.escape(text)
            switch self {
            case .model(let id):
                return "[\(shown)](#\(ReportContext.anchor(ofModel: id)))"
            case .figure(let id, let hover):
                let anchor = ReportContext.anchor(ofFigure: id)
                guard flavor == .html else { return "[\(shown)](#\(anchor))" }
                let tooltip = ReportContext.tooltipPrefix + ReportContext.tooltipMarker
                return "<span class=\"prov\"><a href=\"#\(HTMLText.escape(anchor))\" aria-describedby=\"\(tooltip)\">\(shown)</a>"
                    + "<span role=\"tooltip\" id=\"\(tooltip)\">\(MarkdownText.escape(hover))</span></span>"
            }
        }
    }

    /// Each figure's hover text by id: its quote in quotation marks, its source's publisher (the title when none is
    /// named) and date (the words' `undated` when none), joined by the words' line `hover`.
    static func hovers(registry: Registry, words: Words) throws(RenderError) -> [String: String] {
        let undated = try words.lines()("undated")
        var hovers: [String: String] = [:]
        for figure in registry.figures {
            let source = registry.source(figure.source)
            hovers[figure.id] = words.hover(
                quote: ReportTables.quoted(figure.quote), source: source?.publisher ?? source?.title ?? figure.source,
                date: source?.date ?? undated)
        }
        return hovers
    }

    /// `shared` with the `linked` forms of every figure, model, reading and comparison value added, in `flavor`.
    static func linkedValues(_ shared: [String: Any], analysis: AnalysisResult, hovers: [String: String], flavor: Flavor)
        -> [String: Any]
    {
        var context = shared
        func linking(_ entry: Any?, _ names: [String], to target: LinkTarget?) -> [String: Any]? {
            guard var entry = entry as? [String: Any] else { return nil }
            var linked: [String: Any] = [:]
            for name in names {
                guard let text = entry[name] as? String else { continue }
                linked[name] = SafeMarkup(target.map { $0.link(text, flavor: flavor) } ?? MarkdownText.escape(text))
            }
            entry["linked"] = linked
            return entry
        }
        func figureTarget(_ id: String) -> LinkTarget { .figure(id: id, hover: hovers[id] ?? "") }

        var figures = shared["figure"] as? [String: Any] ?? [:]
        for id in figures.keys { figures[id] = linking(figures[id], linkedFigureNames, to: figureTarget(id)) }
        context["figure"] = figures

        var models = shared["model"] as? [String: Any] ?? [:]
        for id in models.keys { models[id] = linking(models[id], linkedModelNames, to: .model(id: id)) }
        context["model"] = models

        var readings = shared["reading"] as? [String: Any] ?? [:]
        for (id, value) in readings {
            guard var reading = value as? [String: Any], var models = reading["model"] as? [String: Any] else { continue }
            for model in models.keys { models[model] = linking(models[model], linkedReadingNames, to: .model(id: model)) }
            reading["model"] = models
            readings[id] = reading
        }
        context["reading"] = readings

        var sensitivities = shared["sensitivity"] as? [String: Any] ?? [:]
        for (id, value) in sensitivities {
            guard var entry = linking(value, ["baseline"], to: .model(id: id)) else { continue }
            entry["top"] = linking(entry["top"], ["low", "high"], to: .model(id: id))
            sensitivities[id] = entry
        }
        context["sensitivity"] = sensitivities

        var comparisons = shared["comparison"] as? [String: Any] ?? [:]
        for comparison in analysis.comparisons {
            guard var entry = comparisons[comparison.id] as? [String: Any] else { continue }
            for (key, side) in [("first", comparison.first), ("second", comparison.second)] {
                let target: LinkTarget? =
                    switch side.what {
                    case "figure": figureTarget(side.id)
                    case "model": .model(id: side.id)
                    default: analysis.model(side.id) == nil ? nil : .model(id: side.id)
                    }
                entry[key] = linking(entry[key], linkedSideNames, to: target)
            }
            comparisons[comparison.id] = entry
        }
        context["comparison"] = comparisons
        return context
    }

    /// The page's `html` with each tooltip's marker numbered: a linked figure writes `="prov-MARKER"` twice (the
    /// link's `aria-describedby` and the tooltip's `id`), so the n-th pair becomes `prov-n`, an id unique in the
    /// page. Run on libcmark's HTML, where text from the data has every `"` escaped, so only Lifeline's own
    /// attributes match.
    static func numberingTooltips(_ html: String) -> String {
        html.replacingEvery("=\"" + tooltipPrefix + tooltipMarker + "\"") { "=\"" + tooltipPrefix + String($0 / 2 + 1) + "\"" }
    }
}
