/// One source's reported fee rate as its own distribution (model 4), and its part in the pooled fee.
///
/// JSON keys: `figureID`, `source` (source id), `measures`, `reported` (e.g. `10 %–40 %`), `qualifier`
/// (e.g. `about`, absent when the source does not hedge), `taker` (`broker` or `state`), `distribution`,
/// `weight` (normalised weight in the pooled fee; 0 when not pooled), `pooled`, `interval` (``Interval``).
public struct FeeSourceResult: Codable, Sendable, Equatable {
    /// The registry figure.
    public var figureID: String
    /// The source it comes from.
    public var source: String
    /// What the figure measures.
    public var measures: String
    /// The rate as reported.
    public var reported: String
    /// How the source hedges it.
    public var qualifier: String?
    /// Who takes the fee.
    public var taker: FeeTaker
    /// The distribution drawn from, with parameters.
    public var distribution: String
    /// Its normalised weight in the pooled fee (``AnalysisResult``'s `fee-pooled`).
    public var weight: Double
    /// Whether it is part of the pool (an upper bound such as "up to 70 %" is shown but not pooled).
    public var pooled: Bool
    /// Its exact mean, median and 90 % interval.
    public var interval: Interval

    /// Creates a result.
    public init(
        figureID: String, source: String, measures: String, reported: String, qualifier: String?,
        taker: FeeTaker, distribution: String, weight: Double, pooled: Bool, interval: Interval
    ) {
        self.figureID = figureID
        self.source = source
        self.measures = measures
        self.reported = reported
        self.qualifier = qualifier
        self.taker = taker
        self.distribution = distribution
        self.weight = weight
        self.pooled = pooled
        self.interval = interval
    }
}
