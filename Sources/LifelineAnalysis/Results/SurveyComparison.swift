/// Model 2 against model 1: where the 2016 survey and the feature article's figures agree and where they
/// differ.
///
/// JSON keys: `featureModelID`, `surveyModelID`, `medianRatio` (model 2's median / model 1's), `rows`
/// (``ComparisonRow``). Templates put it in words.
public struct SurveyComparison: Codable, Sendable, Equatable {
    /// Model 1's id.
    public var featureModelID: String
    /// Model 2's id.
    public var surveyModelID: String
    /// Model 2's median flow divided by model 1's.
    public var medianRatio: Double
    /// Quantity by quantity.
    public var rows: [ComparisonRow]

    /// Creates a comparison.
    public init(featureModelID: String, surveyModelID: String, medianRatio: Double, rows: [ComparisonRow]) {
        self.featureModelID = featureModelID
        self.surveyModelID = surveyModelID
        self.medianRatio = medianRatio
        self.rows = rows
    }
}
