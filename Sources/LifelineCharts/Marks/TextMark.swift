/// A free text annotation at a data position, e.g. "Peak in 2020" beside a point.
public struct TextMark: Mark {
    /// Horizontal position: a number or a category.
    public var x: PlotValue
    /// Vertical position: a number or a category.
    public var y: PlotValue
    /// The text.
    public var text: String
    /// Alignment around the position.
    public var anchor: TextAnchor
    /// Offset to the right, in pixels.
    public var dx: Double
    /// Offset downwards, in pixels.
    public var dy: Double
    /// Colour.
    public var ink: Ink
    /// Bold weight.
    public var bold: Bool

    /// Creates an annotation.
    public init(
        _ text: String, x: PlotValue, y: PlotValue, anchor: TextAnchor = .start,
        dx: Double = 0, dy: Double = 0, ink: Ink = .muted, bold: Bool = false
    ) {
        self.text = text
        self.x = x
        self.y = y
        self.anchor = anchor
        self.dx = dx
        self.dy = dy
        self.ink = ink
        self.bold = bold
    }

    /// The numeric position along `axis`, if any.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        if case .number(let value) = axis == .x ? x : y { return [value] }
        return []
    }

    /// The category position along `axis`, if any.
    public func categories(along axis: AxisID, orientation: Orientation) -> [String] {
        if case .category(let name) = axis == .x ? x : y { return [name] }
        return []
    }

    /// One `<text>`, vertically centred on the position.
    public func render(in plot: Plot) -> [SVGElement] {
        guard !text.isEmpty, let point = plot.point(x, y) else { return [] }
        var attributes = [anchor.attribute, plot.theme.textFill(ink)]
        if bold { attributes.append(.init("font-weight", "bold")) }
        return [
            .text(
                text, x: point.x + dx, y: point.y + dy + plot.theme.centeringOffset, attributes,
                classes: ink.textClasses)
        ]
    }
}
