/// A reference line across the plot at one value (a median, a target), with an optional label:
/// above the plot for a vertical rule, in the right margin for a horizontal one.
public struct RuleMark: Mark {
    /// The axis whose value the rule marks: `.x` for a vertical line, `.y` for a horizontal one.
    public var axis: AxisID
    /// The value.
    public var value: Double
    /// Label text, e.g. "Median 31%" or "Target 3%".
    public var label: String?
    /// Colour.
    public var ink: Ink
    /// Dashed rather than solid.
    public var dashed: Bool

    /// A vertical rule at x = `x`.
    public init(x: Double, label: String? = nil, ink: Ink = .text, dashed: Bool = false) {
        self.init(axis: .x, value: x, label: label, ink: ink, dashed: dashed)
    }

    /// A horizontal rule at y = `y`.
    public init(y: Double, label: String? = nil, ink: Ink = .text, dashed: Bool = false) {
        self.init(axis: .y, value: y, label: label, ink: ink, dashed: dashed)
    }

    private init(axis: AxisID, value: Double, label: String?, ink: Ink, dashed: Bool) {
        self.axis = axis
        self.value = value
        self.label = label
        self.ink = ink
        self.dashed = dashed
    }

    /// The value, along its axis.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        axis == self.axis ? [value] : []
    }

    /// A `<line>` across the plot; nothing when the value lies outside the axis's domain.
    public func render(in plot: Plot) -> [SVGElement] {
        guard let position = position(in: plot) else { return [] }
        let frame = plot.frame
        let width = plot.theme.lineWidth * 0.75
        var attributes = [plot.theme.stroke(ink), SVGAttribute("stroke-width", width)]
        if dashed { attributes.append(plot.theme.dashArray(width: width)) }
        let line: SVGElement =
            axis == .x
            ? .line(x1: position, y1: frame.y, x2: position, y2: frame.maxY, attributes, classes: ink.strokeClasses)
            : .line(x1: frame.x, y1: position, x2: frame.maxX, y2: position, attributes, classes: ink.strokeClasses)
        return [line]
    }

    /// The label: `.top` for a vertical rule, `.right` for a horizontal one.
    public func edgeLabels(in plot: Plot) -> [EdgeLabel] {
        guard let label, !label.isEmpty, let position = position(in: plot) else { return [] }
        return [EdgeLabel(edge: axis == .x ? .top : .right, position: position, text: label, ink: ink)]
    }

    private func position(in plot: Plot) -> Double? {
        let scale = plot.scale(axis)
        guard scale.contains(value) else { return nil }
        let position = scale.position(value)
        return position.isFinite ? position : nil
    }
}
