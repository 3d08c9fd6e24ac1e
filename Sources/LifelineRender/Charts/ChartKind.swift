/// What a chart draws, as its template's `kind:` line names it.
enum ChartKind: String, CaseIterable, Sendable {
    /// A model's simulated distribution: histogram, median and 90% interval (`model:`).
    case distribution
    /// A model's tornado: its median as each input moves to its 5th and 95th percentile (`model:`).
    case tornado
    /// A dot and whisker for each of a group of figures (`figures:`), and optionally a model's interval,
    /// emphasised (`pooled:`).
    case pointRange = "point-range"
    /// A curve of the data's `curves:` (`curve:`): one line per model against the input it runs over, that input's
    /// median and 90% interval, and each model's simulated 90% interval at the median.
    case curve
    /// Where the money goes: the mean split of each transfer, stacked.
    case split
    /// One family's cumulative receipts over the years (`models:` names the models whose sources it cites).
    case cumulative

    /// The declaration lines this kind must have.
    var required: Set<ChartDeclaration.Key> {
        switch self {
        case .distribution, .tornado: [.model]
        case .pointRange: [.figures]
        case .curve: [.curve]
        case .split, .cumulative: []
        }
    }

    /// The declaration lines this kind reads (besides `kind:`).
    var allowed: Set<ChartDeclaration.Key> {
        switch self {
        case .distribution, .tornado: [.model]
        case .pointRange: [.figures, .pooled]
        case .curve: [.curve]
        case .split: []
        case .cumulative: [.models]
        }
    }
}
