/// One quantity compared between model 1 (the feature article's figures) and model 2 (the 2016 survey).
///
/// JSON keys: `quantity`, `unit`, `featureLow`, `featureHigh`, `surveyLow`, `surveyHigh`, `agrees` (the ranges
/// overlap), `sentence`.
public struct ComparisonRow: Codable, Sendable, Equatable {
    /// What is compared.
    public var quantity: String
    /// Its unit.
    public var unit: String
    /// Model 1's range (reported range, or 90 % interval for the flow).
    public var featureLow: Double
    /// Model 1's upper end.
    public var featureHigh: Double
    /// Model 2's range.
    public var surveyLow: Double
    /// Model 2's upper end.
    public var surveyHigh: Double
    /// Whether the two ranges overlap.
    public var agrees: Bool
    /// The comparison in a sentence.
    public var sentence: String

    /// Creates a row; `agrees` is whether the ranges overlap.
    public init(
        quantity: String, unit: String, featureLow: Double, featureHigh: Double, surveyLow: Double,
        surveyHigh: Double, sentence: String
    ) {
        self.quantity = quantity
        self.unit = unit
        self.featureLow = featureLow
        self.featureHigh = featureHigh
        self.surveyLow = surveyLow
        self.surveyHigh = surveyHigh
        agrees = featureLow <= surveyHigh && surveyLow <= featureHigh
        self.sentence = sentence
    }
}
