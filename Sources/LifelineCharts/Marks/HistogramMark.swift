/// One histogram bin: the interval [lower, upper) and its height (a count or a density).
public struct Bin: Sendable, Equatable {
    /// Left edge.
    public var lower: Double
    /// Right edge.
    public var upper: Double
    /// Height: a count, or a density.
    public var value: Double

    /// Creates a bin.
    public init(lower: Double, upper: Double, value: Double) {
        self.lower = lower
        self.upper = upper
        self.value = value
    }
}

/// A histogram from precomputed bins, drawn as a single `<path>` of adjoining columns on a numeric x axis.
public struct HistogramMark: Mark {
    /// The bins.
    public var bins: [Bin]
    /// Colour.
    public var ink: Ink
    /// Gap between columns in pixels (dropped where columns are too narrow for it).
    public var gap: Double

    /// Creates a histogram.
    public init(_ bins: [Bin], ink: Ink = .series(1), gap: Double = 1) {
        self.bins = bins
        self.ink = ink
        self.gap = gap.isFinite ? max(gap, 0) : 1
    }

    /// Bin edges along x; zero and the heights along y.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        axis == .x ? bins.flatMap { [$0.lower, $0.upper] } : [0] + bins.map(\.value)
    }

    /// All columns as one path.
    public func render(in plot: Plot) -> [SVGElement] {
        var path = PathData()
        let base = plot.y.position(0).isFinite ? plot.y.position(0) : plot.frame.maxY
        for bin in bins {
            let left = plot.x.position(min(bin.lower, bin.upper))
            let right = plot.x.position(max(bin.lower, bin.upper))
            let top = plot.y.position(bin.value)
            guard left.isFinite, right.isFinite, top.isFinite, right > left, top != base else { continue }
            let inset = right - left > gap * 3 ? gap / 2 : 0
            path.rect(x: left + inset, y: min(top, base), width: right - left - 2 * inset, height: abs(base - top))
        }
        guard !path.isEmpty else { return [] }
        return [.path(path, [plot.theme.fill(ink)], classes: ink.fillClasses)]
    }
}
