/// Whether the articles' aggregate claim holds against a model's 90 % interval.
///
/// JSON values: `holds`, `partly`, `does-not-hold`.
public enum CrossCheckVerdict: String, Codable, Sendable, Equatable {
    /// The model's 90 % interval lies inside the claimed range.
    case holds
    /// The two overlap, but part of the interval lies outside the claim.
    case partly
    /// They do not overlap.
    case doesNotHold = "does-not-hold"

    /// The verdict for a claimed range against a model interval.
    public static func of(claimLow: Double, claimHigh: Double, modelLow: Double, modelHigh: Double) -> CrossCheckVerdict {
        if modelLow >= claimLow && modelHigh <= claimHigh { return .holds }
        if modelHigh < claimLow || modelLow > claimHigh { return .doesNotHold }
        return .partly
    }
}
