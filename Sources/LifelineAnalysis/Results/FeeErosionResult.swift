/// Model 5's chart data: the erosion curves for 1 … N intermediaries and the pooled fee they are read against.
///
/// JSON keys: `curves` (``ErosionCurve``), `pooledFee` (``Interval`` of the pooled fee), `exchangeLoss` (the
/// median exchange-rate loss used for `deliveredAfterExchange`).
public struct FeeErosionResult: Codable, Sendable, Equatable {
    /// One curve per number of intermediaries.
    public var curves: [ErosionCurve]
    /// The pooled fee's mean, median and 90 % interval.
    public var pooledFee: Interval
    /// The exchange-rate loss applied in `deliveredAfterExchange`.
    public var exchangeLoss: Double

    /// Creates the result.
    public init(curves: [ErosionCurve], pooledFee: Interval, exchangeLoss: Double) {
        self.curves = curves
        self.pooledFee = pooledFee
        self.exchangeLoss = exchangeLoss
    }
}
