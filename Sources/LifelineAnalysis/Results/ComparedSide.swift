/// One side of a declared comparison: what it is and the range it stands for.
///
/// The range is a figure's reported low–high, a parameter's range, a pool's 5th–95th percentile, or a model's
/// 90 % interval (5th–95th percentile of its draws). JSON keys: `id`, `what` (`figure`, `parameter`, `pool` or
/// `model`), `unit`, `low`, `median`, `high`.
public struct ComparedSide: Codable, Sendable, Equatable {
    /// The figure, parameter, pool or model id.
    public var id: String
    /// What the id names: `figure`, `parameter`, `pool` or `model`.
    public var what: String
    /// The unit of the values.
    public var unit: String
    /// The lower end of the range.
    public var low: Double
    /// The median (a figure's, parameter's or pool's distribution median; a model's median draw).
    public var median: Double
    /// The upper end of the range.
    public var high: Double

    /// Creates a side.
    public init(id: String, what: String, unit: String, low: Double, median: Double, high: Double) {
        self.id = id
        self.what = what
        self.unit = unit
        self.low = low
        self.median = median
        self.high = high
    }
}
