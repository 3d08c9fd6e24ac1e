/// One model of a curve: its value at each grid point, at the input's median, and as simulated.
///
/// JSON keys: `modelID`, `unit`, `points` (``CurvePoint``), `atMedian` (the value with every copy of the input at
/// its median), `simulated` (the model's simulated ``Interval``, every input drawn, each copy independently).
public struct CurveSeries: Codable, Sendable, Equatable {
    /// The model.
    public var modelID: String
    /// Its unit.
    public var unit: String
    /// The value at each grid point, in grid order.
    public var points: [CurvePoint]
    /// The value with every copy of the input at its median and the other inputs at the baseline.
    public var atMedian: Double
    /// The model's simulated mean, median and 90% interval.
    public var simulated: Interval

    /// Creates a series.
    public init(modelID: String, unit: String, points: [CurvePoint], atMedian: Double, simulated: Interval) {
        self.modelID = modelID
        self.unit = unit
        self.points = points
        self.atMedian = atMedian
        self.simulated = simulated
    }
}
