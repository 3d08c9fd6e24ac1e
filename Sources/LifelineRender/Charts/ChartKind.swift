/// What a chart draws, as its template's `kind:` line names it.
enum ChartKind: String, DeclaredKind {
    /// A model's simulated distribution: histogram, median and 90% interval (`model:`).
    case distribution
    /// A model's tornado: its median as each input moves to its 5th and 95th percentile (`model:`).
    case tornado
    /// A dot and whisker for each of a group of figures (`figures:`) and models (`models:`, the median and 90%
    /// interval), optionally a model's interval emphasised (`pooled:`), and rows in the second colour
    /// (`highlight:`).
    case pointRange = "point-range"
    /// A curve of the data's `curves:` (`curve:`): one line per model against the input it runs over, that input's
    /// median and 90% interval, and each model's simulated 90% interval at the median.
    case curve

    /// Its declaration lines.
    typealias Key = ChartKey
    /// How messages name a chart.
    static let noun = "chart"
    /// What a chart does with what it names.
    static let verb = "draws"
    /// The start of a chart template's file name.
    static let filePrefix = "chart-"
    /// The line that names the kind.
    static let kindKey = ChartKey.kind

    /// The declaration lines this kind must have.
    var required: Set<ChartDeclaration.Key> {
        switch self {
        case .distribution, .tornado: [.model]
        case .pointRange: []
        case .curve: [.curve]
        }
    }

    /// The declaration lines this kind reads (besides `kind:`).
    var allowed: Set<ChartDeclaration.Key> {
        switch self {
        case .distribution, .tornado: [.model]
        case .pointRange: [.figures, .models, .pooled, .highlight]
        case .curve: [.curve]
        }
    }

    /// A point-range needs figures or models for its rows.
    var needsOneOf: [ChartDeclaration.Key] { self == .pointRange ? [.figures, .models] : [] }
}
