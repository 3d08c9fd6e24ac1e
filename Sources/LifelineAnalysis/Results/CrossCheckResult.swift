/// Model 8: the articles' own aggregate claim ("tens of millions of USD annually") against model 1's 90 %
/// interval, as numbers and a verdict that the report's templates put in words.
///
/// JSON keys: `figureID`, `claim` (the quote's words), `claimLow`, `claimHigh` (the registry's reading, USD a
/// year), `modelID`, `modelP5`, `modelMedian`, `modelP95`, `shareInClaim` (fraction of model 1's draws inside
/// the claimed range), `verdict` (``CrossCheckVerdict``), `qualitative` (the claim is
/// words, not a number), `withChina` (the same check against the
/// South Korea + China scenario, whose claim the article also covers).
public struct CrossCheckResult: Codable, Sendable, Equatable {
    /// The registry figure holding the claim.
    public var figureID: String
    /// The claim in the article's words.
    public var claim: String
    /// The lower end of the claimed range.
    public var claimLow: Double
    /// The upper end of the claimed range.
    public var claimHigh: Double
    /// The model checked against.
    public var modelID: String
    /// The model's 5th percentile.
    public var modelP5: Double
    /// The model's median.
    public var modelMedian: Double
    /// The model's 95th percentile.
    public var modelP95: Double
    /// Fraction of the model's draws inside the claimed range.
    public var shareInClaim: Double
    /// Holds, partly, or does not hold.
    public var verdict: CrossCheckVerdict
    /// Whether the claim is qualitative ("tens of millions") and the range is the registry's reading of it.
    public var qualitative: Bool
    /// The same check against the South Korea + China scenario.
    public var withChina: CrossCheckVerdict

    /// Creates a result.
    public init(
        figureID: String, claim: String, claimLow: Double, claimHigh: Double, modelID: String, modelP5: Double,
        modelMedian: Double, modelP95: Double, shareInClaim: Double, verdict: CrossCheckVerdict, qualitative: Bool,
        withChina: CrossCheckVerdict
    ) {
        self.figureID = figureID
        self.claim = claim
        self.claimLow = claimLow
        self.claimHigh = claimHigh
        self.modelID = modelID
        self.modelP5 = modelP5
        self.modelMedian = modelMedian
        self.modelP95 = modelP95
        self.shareInClaim = shareInClaim
        self.verdict = verdict
        self.qualitative = qualitative
        self.withChina = withChina
    }
}
