import LifelineCharts

/// How a chart writes values of one unit: in its words as the report's tables do (USD a year, shares as
/// percentages), on its axes and short labels through the chart kit's number format.
struct ValueStyle {
    /// A model's or figure's unit: `USD/year`, `USD`, `share`, ….
    let unit: String

    /// The value as the report's text writes it.
    func text(_ value: Double) -> String { UnitText.text(value, unit: unit) }

    /// The axis format: percentages for shares, USD for money, else plain numbers.
    var axis: NumberFormat {
        if unit == "share" { return .percent }
        if unit.hasPrefix("USD") { return .currency("USD") }
        return .automatic
    }

    /// "USD 54M": a short label for a rule or a bar.
    func short(_ value: Double) -> String { axis.string(value) }
}
