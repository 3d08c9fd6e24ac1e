/// A curve the data declares, computed: each of its models evaluated along the grid of one input's values, every
/// other input at the tornado's baseline (``InputDistribution/reachableMedian``), beside the input's exact 90%
/// interval and each model's simulated one.
///
/// JSON keys: `id`, `name`, `overID` (the figure, parameter or pool that runs along the grid), `overUnit`, `over`
/// (its exact ``Interval``), `models` (``CurveSeries``, in the declared order).
public struct CurveResult: Codable, Sendable, Equatable {
    /// The curve's id, as charts name it.
    public var id: String
    /// Its name; the id when the data gives none.
    public var name: String
    /// The input that runs along the grid.
    public var overID: String
    /// That input's unit.
    public var overUnit: String
    /// That input's exact mean, median and 90% interval.
    public var over: Interval
    /// One series per model, in the declared order.
    public var models: [CurveSeries]

    /// Creates a result.
    public init(id: String, name: String, overID: String, overUnit: String, over: Interval, models: [CurveSeries]) {
        self.id = id
        self.name = name
        self.overID = overID
        self.overUnit = overUnit
        self.over = over
        self.models = models
    }
}
