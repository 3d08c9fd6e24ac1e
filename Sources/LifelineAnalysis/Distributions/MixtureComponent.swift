/// One part of a mixture distribution: a distribution and its (unnormalised, non-negative) weight.
public struct MixtureComponent: Sendable, Equatable {
    /// How much of the mixture this part carries, relative to the others.
    public var weight: Double
    /// The part's distribution.
    public var distribution: InputDistribution

    /// Creates a component.
    public init(weight: Double, distribution: InputDistribution) {
        self.weight = weight
        self.distribution = distribution
    }
}
