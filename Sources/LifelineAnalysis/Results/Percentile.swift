/// A percentile asked for beyond the standard ones (see ``AnalysisOptions/extraPercentiles``).
///
/// JSON keys: `p` (a probability from 0 to 1) and `value`.
public struct Percentile: Codable, Sendable, Equatable {
    /// The probability, e.g. `0.99`.
    public var p: Double
    /// The value below which a fraction `p` of draws lie.
    public var value: Double

    /// Creates a percentile.
    public init(p: Double, value: Double) {
        self.p = p
        self.value = value
    }
}
