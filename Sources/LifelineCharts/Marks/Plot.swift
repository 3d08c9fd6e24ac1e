/// The laid-out plot area handed to marks: its frame, the x and y scales with their screen ranges, and the theme.
public struct Plot: Sendable {
    /// The plot area in chart pixels.
    public var frame: Rect
    /// The horizontal scale; its range spans the frame's width.
    public var x: PositionScale
    /// The vertical scale; its range spans the frame's height (bottom to top for numbers).
    public var y: PositionScale
    /// The theme being rendered.
    public var theme: Theme
    /// The orientation marks use unless they set their own: horizontal when y is a band axis.
    public var orientation: Orientation

    /// Creates a plot.
    public init(frame: Rect, x: PositionScale, y: PositionScale, theme: Theme) {
        self.frame = frame
        self.x = x
        self.y = y
        self.theme = theme
        self.orientation = y.isBand && !x.isBand ? .horizontal : .vertical
    }

    /// The scale along `axis`.
    public func scale(_ axis: AxisID) -> PositionScale { axis == .x ? x : y }

    /// A screen point from a value along each axis; nil when either cannot be placed.
    public func point(_ x: PlotValue, _ y: PlotValue) -> (x: Double, y: Double)? {
        guard let px = self.x.position(x), let py = self.y.position(y) else { return nil }
        return (px, py)
    }
}
