/// A function of the formula language, written `name(a, b, …)` with at least two arguments.
public enum FormulaFunction: String, Sendable, Equatable, CaseIterable {
    /// The smallest argument; `min(a, b, c)` is `min(min(a, b), c)`.
    case min
    /// The largest argument; `max(a, b, c)` is `max(max(a, b), c)`.
    case max
}
