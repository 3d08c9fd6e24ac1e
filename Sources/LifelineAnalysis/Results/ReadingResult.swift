/// The models re-run under one of the data's other readings of the evidence (`readings:`).
///
/// JSON keys: `id`, `name`, `why` (absent when the data gives none), `models` (``ReadingModelResult``, in the
/// order the reading lists them, or the main run's order when it lists none).
public struct ReadingResult: Codable, Sendable, Equatable {
    /// The reading's id.
    public var id: String
    /// What the reader sees.
    public var name: String
    /// Why the reading is shown, when the data says.
    public var why: String?
    /// Each reported model (or pool) under this reading.
    public var models: [ReadingModelResult]
    /// Draws per model under this reading.
    public var draws: Int

    /// Creates a result.
    public init(id: String, name: String, why: String? = nil, draws: Int, models: [ReadingModelResult]) {
        self.id = id
        self.name = name
        self.why = why
        self.draws = draws
        self.models = models
    }

    /// The result of the model `id` under this reading.
    public func model(_ id: String) -> ReadingModelResult? { models.first { $0.modelID == id } }
}
