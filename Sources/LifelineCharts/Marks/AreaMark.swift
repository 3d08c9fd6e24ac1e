/// The region between two lines, e.g. an uncertainty band around an estimate; broken at missing values.
public struct AreaMark: Mark {
    /// The band's edges at each x, in drawing order.
    public var points: [BandPoint]
    /// Colour.
    public var ink: Ink
    /// Fill opacity, 0…1.
    public var opacity: Double
    /// Label for the chart's automatic legend (e.g. "90% interval"); nil for none.
    public var legendLabel: String?

    /// Creates a band.
    public init(_ points: [BandPoint], ink: Ink = .series(1), opacity: Double = 0.2, legendLabel: String? = nil) {
        self.points = points
        self.ink = ink
        self.opacity = opacity.isFinite ? min(max(opacity, 0), 1) : 0.2
        self.legendLabel = legendLabel
    }

    /// An area from a baseline (0 by default) up to each point of a line.
    public init(under points: [DataPoint], baseline: Double = 0, ink: Ink = .series(1), opacity: Double = 0.2) {
        self.init(points.map { BandPoint(x: $0.x, low: baseline, high: $0.y) }, ink: ink, opacity: opacity)
    }

    /// The x values, or both edges along y.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        axis == .x ? points.map(\.x) : points.flatMap { [$0.low, $0.high] }
    }

    /// One closed `<path>` per unbroken run.
    public func render(in plot: Plot) -> [SVGElement] {
        let screen = points.map { point in
            (x: plot.x.position(point.x), low: plot.y.position(point.low), high: plot.y.position(point.high))
        }
        var path = PathData()
        var run: [(x: Double, low: Double, high: Double)] = []
        func flush() {
            guard !run.isEmpty else { return }
            path.append(.polyline(run.map { ($0.x, $0.high) } + run.reversed().map { ($0.x, $0.low) }))
            path.close()
            run = []
        }
        for point in screen {
            if point.x.isFinite, point.low.isFinite, point.high.isFinite { run.append(point) } else { flush() }
        }
        flush()
        guard !path.isEmpty else { return [] }
        let attributes = [plot.theme.fill(ink), SVGAttribute("fill-opacity", opacity, decimals: 2)]
        return [.path(path, attributes, classes: ink.fillClasses)]
    }

    /// A swatch when `legendLabel` is set.
    public var legendEntries: [LegendEntry] {
        legendLabel.map { [LegendEntry($0, ink: ink, opacity: opacity)] } ?? []
    }
}
