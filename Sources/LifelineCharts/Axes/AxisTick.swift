/// One labelled position along an axis: a numeric tick or a category.
struct AxisTick: Equatable {
    /// Screen coordinate along the axis.
    var position: Double
    /// The label, one or more lines (wrapped or shortened to fit).
    var lines: [String]
    /// The full label when `lines` had to be shortened; shown as a tooltip.
    var fullText: String?
}
