/// A model parameter that no source gives: a range the analysis draws uniformly from (or a single number when
/// `low == high`). It is always reported as an assumption, never as a sourced figure.
public struct AssumedRange: Sendable, Equatable, Codable {
    /// The smallest value.
    public var low: Double
    /// The largest value.
    public var high: Double

    /// Creates a range; `low` must not exceed `high`.
    public init(_ low: Double, _ high: Double) {
        self.low = low
        self.high = high
    }

    /// A single value.
    public init(exactly value: Double) { self.init(value, value) }

    /// The distribution drawn from: a point, or uniform over the range.
    public var distribution: InputDistribution {
        low == high ? InputDistribution(.point(low)) : InputDistribution(.uniform(low: low, high: high))
    }
}
