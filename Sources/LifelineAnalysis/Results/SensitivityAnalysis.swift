/// The data behind one model's tornado chart: the output with every input at a median a real case can reach,
/// and one row per uncertain input, largest swing first.
///
/// The baseline holds each input at ``InputDistribution/reachableMedian``: the median, except that a `discrete`
/// input (transfers a year 1–2) is held at its lower median (1), a value a sender can have, not 1.5. With the other
/// inputs held there the model is a deterministic function of the one input, so
/// each row is exact (no Monte Carlo noise).
///
/// JSON keys: `modelID`, `unit`, `baseline`, `rows` (``SensitivityRow``).
public struct SensitivityAnalysis: Codable, Sendable, Equatable {
    /// The model output analysed.
    public var modelID: String
    /// Its unit.
    public var unit: String
    /// The output with every input at its reachable median (see ``InputDistribution/reachableMedian``).
    public var baseline: Double
    /// One row per uncertain input, by decreasing swing (ties keep input order).
    public var rows: [SensitivityRow]

    /// Creates an analysis; rows are sorted by decreasing swing.
    public init(modelID: String, unit: String, baseline: Double, rows: [SensitivityRow]) {
        self.modelID = modelID
        self.unit = unit
        self.baseline = baseline
        self.rows = rows.enumerated().sorted { a, b in
            a.element.swing != b.element.swing ? a.element.swing > b.element.swing : a.offset < b.offset
        }.map(\.element)
    }

    /// The rows of the inputs that move the output, by decreasing swing; the first is the tornado's top.
    public var moving: [SensitivityRow] { rows.filter { $0.swing > 0 } }

    /// Computes the tornado rows of output `output` of `model` for the inputs at `inputs` (indices; every input
    /// when `nil`), from the percentiles of every input of `model` (`summaries`: a mixture's percentiles take a
    /// search, and a model with many outputs would repeat it for each) and their reachable medians (`medians`).
    /// Inputs that cannot vary get no row.
    static func of<Model: SimulationModel>(
        _ model: Model, output: Int, inputs: [Int]?, modelID: String, unit: String,
        summaries: [InputSummary], medians: [Double]
    ) -> SensitivityAnalysis {
        let baseline = model.evaluate(medians)[output]
        var rows: [SensitivityRow] = []
        for index in inputs ?? Array(model.inputs.indices) {
            let input = model.inputs[index]
            let low = summaries[index].p5, high = summaries[index].p95
            guard low != high else { continue }
            var values = medians
            values[index] = low
            let atLow = model.evaluate(values)[output]
            values[index] = high
            let atHigh = model.evaluate(values)[output]
            rows.append(
                SensitivityRow(
                    input: input.name, figureID: input.figureID, inputLow: low, inputHigh: high,
                    outputAtLow: atLow, outputAtHigh: atHigh))
        }
        return SensitivityAnalysis(modelID: modelID, unit: unit, baseline: baseline, rows: rows)
    }
}
