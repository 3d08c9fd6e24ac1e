/// One model (or pool) under a reading: its mean, median and 90 % interval, in its unit.
///
/// JSON keys: `modelID`, `unit`, `mean`, `p5`, `median`, `p95`.
public struct ReadingModelResult: Codable, Sendable, Equatable {
    /// The model's (or pool's) id.
    public var modelID: String
    /// Its unit, e.g. `USD/year`.
    public var unit: String
    /// The mean.
    public var mean: Double
    /// The 5th percentile.
    public var p5: Double
    /// The median.
    public var median: Double
    /// The 95th percentile.
    public var p95: Double

    /// Creates a result from an interval.
    public init(modelID: String, unit: String, interval: Interval) {
        self.modelID = modelID
        self.unit = unit
        mean = interval.mean
        p5 = interval.p5
        median = interval.median
        p95 = interval.p95
    }

    /// Mean, 5th percentile, median and 95th percentile.
    public var interval: Interval { Interval(mean: mean, p5: p5, median: median, p95: p95) }
}
