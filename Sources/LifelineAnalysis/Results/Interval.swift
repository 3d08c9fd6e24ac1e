/// A compact uncertain number: its mean, median and 90 % interval (5th to 95th percentile).
///
/// JSON keys: `mean`, `p5`, `median`, `p95`.
public struct Interval: Codable, Sendable, Equatable {
    /// The mean.
    public var mean: Double
    /// The 5th percentile.
    public var p5: Double
    /// The median.
    public var median: Double
    /// The 95th percentile.
    public var p95: Double

    /// Creates an interval.
    public init(mean: Double, p5: Double, median: Double, p95: Double) {
        self.mean = mean
        self.p5 = p5
        self.median = median
        self.p95 = p95
    }

    /// An exact number, with no uncertainty.
    public init(exactly value: Double) { self.init(mean: value, p5: value, median: value, p95: value) }

    /// The interval of `factor × X` (for `factor > 0`).
    public func scaled(by factor: Double) -> Interval {
        Interval(mean: mean * factor, p5: p5 * factor, median: median * factor, p95: p95 * factor)
    }

    /// The interval of `constant − X`: the percentiles swap ends.
    public func subtracted(from constant: Double) -> Interval {
        Interval(mean: constant - mean, p5: constant - p95, median: constant - median, p95: constant - p5)
    }
}
