/// How one input of a model was drawn, for the methodology table.
///
/// JSON keys: `name`, `id` (the figure, parameter or pool it is drawn from), `figureID` (absent for assumptions and constants), `unit`, `distribution` (name, e.g.
/// `uniform`), `parameters` (e.g. `uniform(0.2, 0.6)`), `sourced`, `mean`, `p5`, `median`, `p95`.
public struct InputSummary: Codable, Sendable, Equatable {
    /// The input's name.
    public var name: String
    /// The figure, parameter or pool it is drawn from, as formulas name it (a copy `id@k` by its `id`).
    public var id: String
    /// The registry figure it comes from.
    public var figureID: String?
    /// Its unit.
    public var unit: String
    /// The distribution's name.
    public var distribution: String
    /// The distribution with its parameters.
    public var parameters: String
    /// Whether a source gives it.
    public var sourced: Bool
    /// Its exact mean.
    public var mean: Double
    /// Its exact 5th percentile.
    public var p5: Double
    /// Its exact median.
    public var median: Double
    /// Its exact 95th percentile.
    public var p95: Double

    /// Describes `input`, drawn from the figure, parameter or pool `id`, with exact moments and percentiles of its
    /// distribution.
    public init(_ input: ModelInput, id: String) {
        name = input.name
        self.id = id
        figureID = input.figureID
        unit = input.unit
        distribution = input.distribution.name
        parameters = input.distribution.description
        sourced = input.sourced
        mean = input.distribution.mean
        p5 = input.distribution.quantile(0.05)
        median = input.distribution.quantile(0.5)
        p95 = input.distribution.quantile(0.95)
    }
}
