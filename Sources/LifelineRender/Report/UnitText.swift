import LifelineData

/// How the report's text and tables write a value of a unit: USD amounts, USD a year, shares as percentages,
/// multiples (`times`) to one decimal, anything else as a grouped number.
enum UnitText {
    /// `value` in `unit`'s words, e.g. `USD 47.7 million`, `30%`, `USD 51.91`, `16` (16.03 times).
    static func text(_ value: Double, unit: String) -> String {
        switch unit {
        case "share": NumberText.percent(value)
        case "USD": "USD " + NumberText.grouped(value, decimals: value < 1000 ? 2 : 0)
        case "USD/year": NumberText.usd(value)
        case "times": NumberText.grouped(value, decimals: 1)
        default: NumberText.grouped(value)
        }
    }
}
