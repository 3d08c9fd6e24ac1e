/// Everything a data file declares for the analysis besides its sources and figures: parameters, pools and
/// models, each in file order.
public struct ModelDeclarations: Sendable, Equatable {
    /// The assumptions.
    public var parameters: [ParameterDeclaration]
    /// The mixtures.
    public var pools: [PoolDeclaration]
    /// The models.
    public var models: [ModelDeclaration]

    /// Creates a set of declarations.
    public init(parameters: [ParameterDeclaration] = [], pools: [PoolDeclaration] = [], models: [ModelDeclaration] = []) {
        self.parameters = parameters
        self.pools = pools
        self.models = models
    }
}
