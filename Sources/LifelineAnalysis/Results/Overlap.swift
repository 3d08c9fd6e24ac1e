/// How a second range stands against a first: overlapping (they agree), or wholly higher or lower.
///
/// JSON values: `agree`, `higher`, `lower`.
public enum Overlap: String, Codable, Sendable, Equatable, CaseIterable {
    /// The ranges overlap.
    case agree
    /// The second range lies wholly above the first.
    case higher
    /// The second range lies wholly below the first.
    case lower

    /// Where `otherLow…otherHigh` stands against `low…high`.
    public static func of(low: Double, high: Double, otherLow: Double, otherHigh: Double) -> Overlap {
        if low <= otherHigh && otherLow <= high { return .agree }
        return otherLow > high ? .higher : .lower
    }
}
