/// One bar of a chart histogram: the draws with `lower ≤ value < upper` (the last bin also holds `upper`).
///
/// JSON keys: `lower`, `upper`, `count`.
public struct HistogramBin: Codable, Sendable, Equatable {
    /// The bin's lower edge.
    public var lower: Double
    /// The bin's upper edge.
    public var upper: Double
    /// How many draws fell in the bin.
    public var count: Int

    /// Creates a bin.
    public init(lower: Double, upper: Double, count: Int) {
        self.lower = lower
        self.upper = upper
        self.count = count
    }
}
