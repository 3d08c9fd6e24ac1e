/// Delivered share against the fee rate for one number of intermediaries (model 5), with the band that the
/// pooled fee's uncertainty spans.
///
/// JSON keys: `hops`, `modelID` (the Monte Carlo result for this number of hops), `points` (``ErosionPoint``),
/// `bandFeeLow`, `bandFeeHigh` (the pooled fee's 5th and 95th percentiles: the band's horizontal extent),
/// `bandDeliveredLow`, `bandDeliveredHigh` (the curve's values at those fees), `deliveredAtMedianFee`.
public struct ErosionCurve: Codable, Sendable, Equatable {
    /// Number of intermediaries, each taking the same fee.
    public var hops: Int
    /// The id of the simulated delivered share with independent pooled fees per hop.
    public var modelID: String
    /// The curve, from fee 0 to the largest fee.
    public var points: [ErosionPoint]
    /// The pooled fee's 5th percentile.
    public var bandFeeLow: Double
    /// The pooled fee's 95th percentile.
    public var bandFeeHigh: Double
    /// Delivered share (fees only) at the pooled fee's 95th percentile: the band's lower edge.
    public var bandDeliveredLow: Double
    /// Delivered share (fees only) at the pooled fee's 5th percentile: the band's upper edge.
    public var bandDeliveredHigh: Double
    /// Delivered share (fees only) at the pooled fee's median.
    public var deliveredAtMedianFee: Double

    /// Creates a curve.
    public init(
        hops: Int, modelID: String, points: [ErosionPoint], bandFeeLow: Double, bandFeeHigh: Double,
        bandDeliveredLow: Double, bandDeliveredHigh: Double, deliveredAtMedianFee: Double
    ) {
        self.hops = hops
        self.modelID = modelID
        self.points = points
        self.bandFeeLow = bandFeeLow
        self.bandFeeHigh = bandFeeHigh
        self.bandDeliveredLow = bandDeliveredLow
        self.bandDeliveredHigh = bandDeliveredHigh
        self.deliveredAtMedianFee = deliveredAtMedianFee
    }
}
