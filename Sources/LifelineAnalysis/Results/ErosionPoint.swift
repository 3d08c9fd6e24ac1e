/// One point of a fee-erosion curve.
///
/// JSON keys: `fee`, `delivered` (fees only), `deliveredAfterExchange` (also after the median exchange loss).
public struct ErosionPoint: Codable, Sendable, Equatable {
    /// Each intermediary's fee rate.
    public var fee: Double
    /// The share that reaches the family, (1 − fee)^hops.
    public var delivered: Double
    /// The same after the exchange-rate loss at its median.
    public var deliveredAfterExchange: Double

    /// Creates a point.
    public init(fee: Double, delivered: Double, deliveredAfterExchange: Double) {
        self.fee = fee
        self.delivered = delivered
        self.deliveredAfterExchange = deliveredAfterExchange
    }
}
