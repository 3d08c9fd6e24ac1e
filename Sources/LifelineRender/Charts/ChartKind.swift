/// What a chart draws, as its template's `kind:` line names it.
enum ChartKind: String, CaseIterable, Sendable {
    /// A model's simulated distribution: histogram, median and 90% interval (`model:`).
    case distribution
    /// A model's tornado: its median as each input moves to its 5th and 95th percentile (`model:`).
    case tornado
    /// A dot and whisker for each of a group of figures (`figures:`), and optionally a model's interval,
    /// emphasised (`pooled:`).
    case pointRange = "point-range"
    /// The fee-erosion curves: the share delivered against the fee, for each number of intermediaries.
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
        case .curve, .split, .cumulative: []
        }
    }

    /// The declaration lines this kind reads (besides `kind:`).
    var allowed: Set<ChartDeclaration.Key> {
        switch self {
        case .distribution, .tornado: [.model]
        case .pointRange: [.figures, .pooled]
        case .curve, .split: []
        case .cumulative: [.models]
        }
    }
}
