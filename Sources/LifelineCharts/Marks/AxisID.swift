/// The horizontal (x) or vertical (y) axis.
public enum AxisID: Sendable, Hashable {
    /// Horizontal.
    case x
    /// Vertical.
    case y
}

/// Which way bars and ranges run.
public enum Orientation: Sendable, Hashable {
    /// Categories along x, values up the y axis (column chart).
    case vertical
    /// Categories down the y axis, values along x (bar chart, tornado).
    case horizontal

    /// The axis that carries the values.
    public var valueAxis: AxisID { self == .vertical ? .y : .x }
    /// The axis that carries the categories.
    public var categoryAxis: AxisID { self == .vertical ? .x : .y }
}
