/// A position on either kind of axis: a number on a numeric axis or a category on a band axis.
/// Literals work directly: `3.5`, `2020`, `"Kenya"`.
public enum PlotValue: Sendable, Hashable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral
{
    /// A number.
    case number(Double)
    /// A category name.
    case category(String)

    /// A number literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// An integer literal, as a number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A string literal, as a category.
    public init(stringLiteral value: String) { self = .category(value) }
}
