/// One thing a model takes as given: a sourced figure's distribution, a parameter no source supplies, a pool's
/// weights, or an assumption the data states. The report's methodology lists every assumption with
/// `sourced == false` as such.
///
/// JSON keys: `name`, `value` (absent for a stated assumption the data gives no value text),
/// `description`, `sourced`, `figureID` (absent for unsourced parameters),
/// `distribution` (for a sourced input: the name of the distribution it is drawn from, e.g. `uniform`).
public struct Assumption: Codable, Sendable, Equatable, Hashable {
    /// A short name, e.g. `share of defectors in China who send`.
    public var name: String
    /// The value used, as text, e.g. `uniform 10 %–30 %`; `nil` for a stated assumption whose data gives none
    /// (templates show their own word).
    public var value: String?
    /// Why this value, and what it means.
    public var description: String
    /// Whether a source supplies the value (`true`) or it is the analysis's own assumption (`false`).
    public var sourced: Bool
    /// The registry figure behind a sourced value.
    public var figureID: String?
    /// The name of the distribution a sourced input is drawn from (`uniform`, `discrete`, …); templates say what it
    /// means.
    public var distribution: String?

    /// Creates an assumption.
    public init(
        name: String, value: String?, description: String, sourced: Bool, figureID: String? = nil, distribution: String? = nil
    ) {
        self.name = name
        self.value = value
        self.description = description
        self.sourced = sourced
        self.figureID = figureID
        self.distribution = distribution
    }
}
