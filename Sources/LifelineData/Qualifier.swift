/// How the source hedges a number. A reader needs this to read the number honestly.
public enum Qualifier: String, Sendable, CaseIterable {
    /// "about", "roughly": the number is approximate.
    case approximate
    /// "usually", "typically": the number is what happens most often, a statement about frequency rather than
    /// precision (the editor's point: "usually 30%" is not "about 30%").
    case usual
    /// "up to", "less than": the number is an upper bound, not a typical value.
    case upperBound = "upper-bound"
    /// "more than", "at least": the number is a lower bound.
    case lowerBound = "lower-bound"
    /// "tens of millions": words, not a number; the range is this registry's reading of them.
    case qualitative

    /// A short phrase for tables, e.g. "up to".
    public var phrase: String {
        switch self {
        case .approximate: "about"
        case .usual: "usually"
        case .upperBound: "up to"
        case .lowerBound: "at least"
        case .qualitative: "in words"
        }
    }
}
