/// One quantity compared between model 1 (the feature article's figures) and model 2 (the 2016 survey).
///
/// JSON keys: `quantity` (``ComparisonQuantity``), `unit`, `featureLow`, `featureHigh`, `surveyLow`, `surveyHigh`,
/// `agrees` (the ranges overlap), `overlap` (``Overlap``: `agree`, `higher` or `lower`, the survey against the feature).
public struct ComparisonRow: Codable, Sendable, Equatable {
    /// What is compared.
    public var quantity: ComparisonQuantity
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
    /// Whether the ranges overlap, and if not, on which side the survey lies.
    public var overlap: Overlap

    /// Creates a row; `agrees` and `overlap` follow from the ranges.
    public init(quantity: ComparisonQuantity, unit: String, featureLow: Double, featureHigh: Double, surveyLow: Double, surveyHigh: Double)
    {
        self.quantity = quantity
        self.unit = unit
        self.featureLow = featureLow
        self.featureHigh = featureHigh
        self.surveyLow = surveyLow
        self.surveyHigh = surveyHigh
        overlap = Overlap.of(low: featureLow, high: featureHigh, otherLow: surveyLow, otherHigh: surveyHigh)
        agrees = overlap == .agree
    }
}
