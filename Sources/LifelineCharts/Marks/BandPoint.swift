/// A point of a band: at x, the region from `low` to `high`.
public struct BandPoint: Sendable, Equatable {
    /// Horizontal value.
    public var x: Double
    /// Lower edge.
    public var low: Double
    /// Upper edge.
    public var high: Double

    /// Creates a band point.
    public init(x: Double, low: Double, high: Double) {
        self.x = x
        self.low = low
        self.high = high
    }
}
