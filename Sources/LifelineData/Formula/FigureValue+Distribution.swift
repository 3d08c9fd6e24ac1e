extension FigureValue {
    /// The distribution a value is drawn from when the data names none: `point` for one number, `uniform` for a
    /// range.
    public var defaultDistribution: DistributionSpec {
        if case .point = self { return .point }
        return .uniform
    }
}
