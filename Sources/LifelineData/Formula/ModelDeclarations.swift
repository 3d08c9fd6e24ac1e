/// Everything a data file declares for the analysis besides its sources and figures: parameters, pools,
/// models, comparisons, stated assumptions, curves and other readings of the evidence, each in file order.
public struct ModelDeclarations: Sendable, Equatable {
    /// The assumptions.
    public var parameters: [ParameterDeclaration]
    /// The mixtures.
    public var pools: [PoolDeclaration]
    /// The models.
    public var models: [ModelDeclaration]
    /// The comparisons: two estimates, or a model and a claimed range.
    public var comparisons: [ComparisonDeclaration]
    /// The assumptions that are statements rather than numbers.
    public var assumptions: [AssumptionDeclaration]
    /// The curves: models evaluated along a grid of one input's values.
    public var curves: [CurveDeclaration]
    /// The other readings the analysis re-runs its models under.
    public var readings: [ReadingDeclaration]

    /// Creates a set of declarations; each kind is empty unless given.
    public init(
        parameters: [ParameterDeclaration] = [], pools: [PoolDeclaration] = [], models: [ModelDeclaration] = [],
        comparisons: [ComparisonDeclaration] = [], assumptions: [AssumptionDeclaration] = [], curves: [CurveDeclaration] = [],
        readings: [ReadingDeclaration] = []
    ) {
        self.parameters = parameters
        self.pools = pools
        self.models = models
        self.comparisons = comparisons
        self.assumptions = assumptions
        self.curves = curves
        self.readings = readings
    }
}
