/// An alternative reading of the evidence, declared in the data's `readings:`: the analysis re-runs its models with
/// this reading's changes (same seed, same number of draws) and reports each model's mean, median and 90 %
/// interval under it, so that a reader sees how the headline moves when the ranges, the dependence between inputs
/// or a pool's weights are read otherwise.
public struct ReadingDeclaration: Sendable, Equatable {
    /// The id templates use, e.g. `triangular-ranges`.
    public var id: String
    /// What the reader sees, e.g. `triangular ranges`.
    public var name: String
    /// Why this reading is worth showing, when the data says.
    public var why: String?
    /// The shape every figure or parameter drawn uniformly from a range takes instead, its mode at the range's
    /// middle; `nil` keeps the shapes.
    public var ranges: RangeShape?
    /// How the inputs depend on each other; `nil` keeps them independent.
    public var dependence: ReadingDependence?
    /// Other weights for declared pools, in the order written.
    public var weights: [PoolWeights]
    /// The models (or pools) it reports, in the order written; empty for every one.
    public var models: [DeclaredReference]
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration.
    public init(
        id: String, name: String, why: String? = nil, ranges: RangeShape? = nil, dependence: ReadingDependence? = nil,
        weights: [PoolWeights] = [], models: [DeclaredReference] = [], position: TextPosition
    ) {
        self.id = id
        self.name = name
        self.why = why
        self.ranges = ranges
        self.dependence = dependence
        self.weights = weights
        self.models = models
        self.position = position
    }

    /// Whether it changes anything: a reading with no change would only repeat the main run.
    public var changesSomething: Bool { ranges != nil || dependence != nil || !weights.isEmpty }
}
