/// What a chart draws, read from its template `chart-NAME.txt.mustache`: plain-text lines such as
/// `kind: distribution` and `model: sk-gross-flow` (see ``TemplateDeclaration``). The same file's other lines are
/// the chart's words.
typealias ChartDeclaration = TemplateDeclaration<ChartKind>

/// A chart declaration line's name.
enum ChartKey: String, CaseIterable, Sendable {
    /// What the chart draws (``ChartKind``).
    case kind
    /// The model a distribution or tornado draws.
    case model
    /// The figures of a point-range, in the order of their rows.
    case figures
    /// The model whose interval a point-range adds as its emphasised last row.
    case pooled
    /// The models of a point-range, each a row of its median and 90% interval, after the figures' rows.
    case models
    /// The rows of a point-range drawn in the second colour (figure or model ids among its rows).
    case highlight
    /// The curve (of the data's `curves:`) a curve chart draws.
    case curve
}
