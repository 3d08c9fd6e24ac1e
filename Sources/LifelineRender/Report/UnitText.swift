import LifelineData

/// How the report's text and tables write a computed value of a unit: rounded to two significant figures (the
/// evidence, ranges that span a factor of two or more, supports no more), then USD amounts, USD a year, shares as
/// percentages, multiples (`times`), anything else as a grouped number. Sourced figures keep their own digits.
enum UnitText {
    /// `value` in `unit`'s words, e.g. `USD 48 million`, `30%`, `USD 52`, `16` (16.03 times).
    static func text(_ value: Double, unit: String) -> String {
        let value = NumberText.significant(value)
        return switch unit {
        case "share": NumberText.percent(value)
        case "USD": "USD " + NumberText.grouped(value, decimals: value < 1000 ? 2 : 0)
        case "USD/year": NumberText.usd(value)
        case "times": NumberText.grouped(value, decimals: 1)
        default: NumberText.grouped(value)
        }
    }
}
