/// A line through points, broken wherever a value is missing (NaN), with an optional direct label
/// at its last point, set in the right margin and nudged clear of other labels.
public struct LineMark: Mark {
    /// The points, in drawing order.
    public var points: [DataPoint]
    /// Colour.
    public var ink: Ink
    /// Text at the end of the line, instead of a legend entry.
    public var label: String?
    /// Dashed rather than solid.
    public var dashed: Bool
    /// Draw a dot at each point.
    public var showsPoints: Bool
    /// Stroke width as a multiple of the theme's line width.
    public var weight: Double

    /// Creates a line.
    public init(
        _ points: [DataPoint], ink: Ink = .series(1), label: String? = nil,
        dashed: Bool = false, showsPoints: Bool = false, weight: Double = 1
    ) {
        self.points = points
        self.ink = ink
        self.label = label
        self.dashed = dashed
        self.showsPoints = showsPoints
        self.weight = weight
    }

    /// The x or y values of the points.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        points.map { axis == .x ? $0.x : $0.y }
    }

    /// A `<path>` per unbroken run of points, and optional dots.
    public func render(in plot: Plot) -> [SVGElement] {
        let theme = plot.theme
        let width = theme.lineWidth * (weight.isFinite && weight > 0 ? weight : 1)
        let runs = Self.runs(points.map { (plot.x.position($0.x), plot.y.position($0.y)) })
        var path = PathData()
        for run in runs { path.append(.polyline(run)) }
        var elements: [SVGElement] = []
        if !path.isEmpty {
            var attributes: [SVGAttribute] = [
                .init("fill", "none"), theme.stroke(ink), .init("stroke-width", width),
                .init("stroke-linejoin", "round"), .init("stroke-linecap", "round"),
            ]
            if dashed { attributes.append(theme.dashArray(width: width)) }
            elements.append(.path(path, attributes, classes: ink.strokeClasses))
        }
        if showsPoints {
            let dots = runs.joined().map { SVGElement.circle(cx: $0.x, cy: $0.y, r: width * 1.5) }
            if !dots.isEmpty { elements.append(.group([theme.fill(ink)], classes: ink.fillClasses, dots)) }
        }
        return elements
    }

    /// The direct label, at the height of the last drawable point.
    public func edgeLabels(in plot: Plot) -> [EdgeLabel] {
        guard let label, !label.isEmpty,
            let last = Self.runs(points.map { (plot.x.position($0.x), plot.y.position($0.y)) }).last?.last
        else { return [] }
        return [EdgeLabel(edge: .right, position: last.y, text: label, ink: ink)]
    }

    /// Consecutive runs of finite screen points.
    static func runs(_ points: [(Double, Double)]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        for (x, y) in points {
            if x.isFinite, y.isFinite {
                current.append((x, y))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
