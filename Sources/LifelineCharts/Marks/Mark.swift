/// One layer of a chart: bars, a line, a rule… Marks are values; the chart asks them for the data
/// they cover (to fit the scales), then for their SVG once the plot is laid out.
///
/// To write your own mark, implement `domainValues(along:orientation:)` and `render(in:)`; the
/// other requirements have defaults.
public protocol Mark: Sendable {
    /// The numbers this mark places along `axis`, used when that axis has no explicit domain.
    func domainValues(along axis: AxisID, orientation: Orientation) -> [Double]
    /// The categories this mark places along `axis`, in order, used when a band axis lists none.
    func categories(along axis: AxisID, orientation: Orientation) -> [String]
    /// The mark's SVG elements inside the laid-out plot.
    func render(in plot: Plot) -> [SVGElement]
    /// Labels drawn outside the plot: direct labels at the right, rule labels above.
    func edgeLabels(in plot: Plot) -> [EdgeLabel]
    /// Entries for the chart's automatic legend.
    var legendEntries: [LegendEntry] { get }
}

extension Mark {
    /// No categories by default.
    public func categories(along axis: AxisID, orientation: Orientation) -> [String] { [] }
    /// No edge labels by default.
    public func edgeLabels(in plot: Plot) -> [EdgeLabel] { [] }
    /// No legend entries by default.
    public var legendEntries: [LegendEntry] { [] }
}
