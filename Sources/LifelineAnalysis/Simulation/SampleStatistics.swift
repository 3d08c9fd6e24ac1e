/// Everything the Monte Carlo engine keeps about one model output: exact moments and extremes, and the
/// streaming histogram its percentiles come from.
public struct SampleStatistics: Sendable, Equatable {
    /// Number of draws.
    public var count: Int
    /// The mean of the draws, summed block by block in block order (so it does not depend on threads).
    public var mean: Double
    /// The sample variance (n − 1 in the denominator).
    public var variance: Double
    /// The smallest draw.
    public var minimum: Double
    /// The largest draw.
    public var maximum: Double
    /// Every draw, bucketed (see ``StreamingHistogram``).
    public var histogram: StreamingHistogram

    /// Creates statistics from their parts.
    public init(count: Int, mean: Double, variance: Double, minimum: Double, maximum: Double, histogram: StreamingHistogram) {
        self.count = count
        self.mean = mean
        self.variance = variance
        self.minimum = minimum
        self.maximum = maximum
        self.histogram = histogram
    }

    /// The `p` quantile (0 ≤ p ≤ 1), accurate to 0.098 % of the value.
    public func quantile(_ p: Double) -> Double {
        histogram.quantile(p, minimum: minimum, maximum: maximum)
    }
}
