/// What the analysis says about one output of a simulation: its id, title, unit, provenance, and which of the
/// model's inputs it depends on.
struct OutputSpec {
    var id: String
    var model: Int
    var title: String
    var unit: String
    var kind: ModelKind
    var formula: String
    var figures: [String]
    var assumptions: [Assumption]
    /// The indices of the model inputs the output depends on (for its input table and tornado rows).
    var inputs: [Int]
}
