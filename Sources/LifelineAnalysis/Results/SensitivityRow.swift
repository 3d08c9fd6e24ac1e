/// One bar of a tornado chart: the output with one input at its 5th and at its 95th percentile, every other
/// input at its median.
///
/// JSON keys: `input`, `figureID` (absent for assumptions), `inputLow`, `inputHigh` (the input's 5th and 95th
/// percentiles), `outputAtLow`, `outputAtHigh`, `swing` (|outputAtHigh − outputAtLow|).
public struct SensitivityRow: Codable, Sendable, Equatable {
    /// The input's name.
    public var input: String
    /// The registry figure the input comes from.
    public var figureID: String?
    /// The input's 5th percentile.
    public var inputLow: Double
    /// The input's 95th percentile.
    public var inputHigh: Double
    /// The output with this input at its 5th percentile and the others at their medians.
    public var outputAtLow: Double
    /// The output with this input at its 95th percentile and the others at their medians.
    public var outputAtHigh: Double
    /// How far the output moves: the length of the tornado bar.
    public var swing: Double

    /// Creates a row.
    public init(input: String, figureID: String?, inputLow: Double, inputHigh: Double, outputAtLow: Double, outputAtHigh: Double) {
        self.input = input
        self.figureID = figureID
        self.inputLow = inputLow
        self.inputHigh = inputHigh
        self.outputAtLow = outputAtLow
        self.outputAtHigh = outputAtHigh
        swing = abs(outputAtHigh - outputAtLow)
    }
}
