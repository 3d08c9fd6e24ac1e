import Foundation

/// Everything the analysis found: every model's summary, and the structured data behind each chart and
/// verdict. Deterministic for a given registry, seed and number of draws (independent of threads).
///
/// ## JSON
/// Top-level keys: `draws`, `seed`, `method` (``MethodNotes``), `models` (``ModelResult``, in model order),
/// `curves` (``CurveResult``, one per curve the data declares), `comparisons` (``ComparisonResult``, one per comparison the data
/// declares), `sensitivity` (``SensitivityAnalysis``, one per model), `assumptions` (every unsourced
/// ``Assumption``), `readings` (``ReadingResult``, one per reading the data declares, in its order), and
/// `generator` when ``jsonData(generator:)`` is given one. It encodes with sorted keys, so equal results give
/// equal bytes.
public struct AnalysisResult: Codable, Sendable, Equatable {
    /// Draws per model.
    public var draws: Int
    /// The seed.
    public var seed: UInt64
    /// How the numbers were made.
    public var method: MethodNotes
    /// Every model output, in model order.
    public var models: [ModelResult]
    /// The curves the data declares, in its order.
    public var curves: [CurveResult]
    /// The comparisons the data declares, in its order.
    public var comparisons: [ComparisonResult]
    /// Tornado data, one per declared model.
    public var sensitivity: [SensitivityAnalysis]
    /// Every unsourced assumption, for the methodology.
    public var assumptions: [Assumption]
    /// The models under each of the data's other readings, in its order.
    public var readings: [ReadingResult]

    /// Creates a result.
    public init(
        draws: Int, seed: UInt64, method: MethodNotes, models: [ModelResult], curves: [CurveResult],
        comparisons: [ComparisonResult], sensitivity: [SensitivityAnalysis], assumptions: [Assumption],
        readings: [ReadingResult] = []
    ) {
        self.draws = draws
        self.seed = seed
        self.method = method
        self.models = models
        self.curves = curves
        self.comparisons = comparisons
        self.sensitivity = sensitivity
        self.assumptions = assumptions
        self.readings = readings
    }

    /// The model result with this id.
    public func model(_ id: String) -> ModelResult? { models.first { $0.id == id } }

    /// The curve with this id.
    public func curve(_ id: String) -> CurveResult? { curves.first { $0.id == id } }

    /// The comparison with this id.
    public func comparison(_ id: String) -> ComparisonResult? { comparisons.first { $0.id == id } }

    /// The reading with this id.
    public func reading(_ id: String) -> ReadingResult? { readings.first { $0.id == id } }

    /// The tornado data of the model with this id.
    public func sensitivity(of id: String) -> SensitivityAnalysis? { sensitivity.first { $0.modelID == id } }

    /// One CSV row per model: `id,unit,mean,median,p5,p95`, with a header line, numbers in full precision
    /// (shortest round-trip form), lines ending in `\n`.
    public var csv: String {
        var lines = ["id,unit,mean,median,p5,p95"]
        for model in models {
            let fields = [model.id, model.unit] + [model.mean, model.median, model.p5, model.p95].map { "\($0)" }
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Quotes a CSV field when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The result as JSON with sorted keys (deterministic bytes), pretty-printed; `generator` (the program and
    /// version that made it, e.g. `Lifeline 0.2.0`) becomes a top-level `generator` field when given.
    public func jsonData(generator: String? = nil) throws -> Data {
        guard let generator else { return try PrettyJSON.data(self) }
        return try PrettyJSON.data(Generated(result: self, generator: generator))
    }

    /// A result with a top-level `generator` field beside its own keys.
    private struct Generated: Encodable {
        let result: AnalysisResult
        let generator: String

        private enum Key: String, CodingKey { case generator }

        func encode(to encoder: any Encoder) throws {
            try result.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(generator, forKey: .generator)
        }
    }
}
