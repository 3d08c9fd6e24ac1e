/// One model output, summarised: what it is, what it cites, what it assumes, and how it is distributed.
///
/// ## JSON
/// The summary's keys sit beside the model's own, so each model object reads
/// `{"id": "sk-gross-flow", "mean": …, "median": …, "p5": …, "p95": …, …}`. Keys: `id`, `title` (the data's
/// `name`), `unit`, `kind` (``ModelKind``), `formula`, `figures` (cited figure ids),
/// `inputs` (``InputSummary``), `assumptions` (``Assumption``), `bounds` (the lowest and highest values the formula
/// can give with every input inside its reported range, when both are finite), then every key of ``Summary`` (`count`, `mean`,
/// `sd`, `min`, `max`, `p5`, `p25`, `median`, `p75`, `p95`, `histogram`, `percentiles`). Money is in plain USD
/// (not thousands or millions); shares are fractions from 0 to 1.
public struct ModelResult: Codable, Sendable, Equatable {
    /// Stable kebab-case id, e.g. `sk-gross-flow`.
    public var id: String
    /// A title for tables and charts.
    public var title: String
    /// The unit of the values: `USD/year`, `USD`, `share`, ….
    public var unit: String
    /// Sourced estimate or scenario.
    public var kind: ModelKind
    /// The formula as the data writes it.
    public var formula: String
    /// The registry figures the result rests on, for citations.
    public var figures: [String]
    /// How each input was drawn.
    public var inputs: [InputSummary]
    /// What the model assumes, sourced or not.
    public var assumptions: [Assumption]
    /// The distribution of the output.
    public var summary: Summary
    /// What the sources allow: the lowest and highest values the formula gives with every input anywhere in its
    /// range (interval arithmetic; exact when each input appears once), `nil` when either end is not finite.
    public var bounds: ValueInterval?

    enum CodingKeys: String, CodingKey {
        case id, title, unit, kind, formula, figures, inputs, assumptions, bounds
    }

    /// Creates a result.
    public init(
        id: String, title: String, unit: String, kind: ModelKind, formula: String,
        figures: [String], inputs: [InputSummary], assumptions: [Assumption], summary: Summary
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.kind = kind
        self.formula = formula
        self.figures = figures
        self.inputs = inputs
        self.assumptions = assumptions
        self.summary = summary
    }

    /// Decodes the flattened form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        unit = try container.decode(String.self, forKey: .unit)
        kind = try container.decode(ModelKind.self, forKey: .kind)
        formula = try container.decode(String.self, forKey: .formula)
        figures = try container.decode([String].self, forKey: .figures)
        inputs = try container.decode([InputSummary].self, forKey: .inputs)
        assumptions = try container.decode([Assumption].self, forKey: .assumptions)
        bounds = try container.decodeIfPresent(ValueInterval.self, forKey: .bounds)
        summary = try Summary(from: decoder)
    }

    /// Encodes the flattened form: the summary's keys beside the model's.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(unit, forKey: .unit)
        try container.encode(kind, forKey: .kind)
        try container.encode(formula, forKey: .formula)
        try container.encode(figures, forKey: .figures)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(assumptions, forKey: .assumptions)
        try container.encodeIfPresent(bounds, forKey: .bounds)
        try summary.encode(to: encoder)
    }

    /// Shorthands for the numbers a briefing quotes.
    public var mean: Double { summary.mean }
    /// The median.
    public var median: Double { summary.median }
    /// The 5th percentile.
    public var p5: Double { summary.p5 }
    /// The 95th percentile.
    public var p95: Double { summary.p95 }
}
