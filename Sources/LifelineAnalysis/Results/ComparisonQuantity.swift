/// The quantities model 2 is compared with model 1 on; templates name them in words.
///
/// JSON values: `share-sending`, `amount-per-sender`, `annual-flow`.
public enum ComparisonQuantity: String, Codable, Sendable, Equatable, CaseIterable {
    /// The share of defectors who send.
    case shareSending = "share-sending"
    /// USD a year per sender.
    case amountPerSender = "amount-per-sender"
    /// The annual flow's 90 % interval.
    case annualFlow = "annual-flow"
}
