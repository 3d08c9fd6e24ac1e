/// One stacked bar: a category and one value per series, in series order.
public struct Stack: Sendable, Equatable {
    /// The category (band) the bar sits in.
    public var category: String
    /// One value per series; positives stack away from zero one way, negatives the other.
    public var values: [Double]

    /// Creates a stack.
    public init(_ category: String, values: [Double]) {
        self.category = category
        self.values = values
    }
}

/// Stacked bars, e.g. shares that add up to 100 %. Series take palette colours in order and
/// appear in the automatic legend; segment values are written inside segments that have room.
public struct StackedBarMark: Mark {
    /// Series names, in stacking order.
    public var series: [String]
    /// The bars.
    public var stacks: [Stack]
    /// Direction; nil follows the chart (horizontal when y is a band axis).
    public var orientation: Orientation?
    /// Format for labels inside segments; nil for no labels.
    public var valueFormat: NumberFormat?
    /// Colours per series; by default `.series(1)`, `.series(2)`…
    public var inks: [Ink]

    /// Creates stacked bars.
    public init(
        series: [String], stacks: [Stack], orientation: Orientation? = nil,
        valueFormat: NumberFormat? = nil, inks: [Ink]? = nil
    ) {
        self.series = series
        self.stacks = stacks
        self.orientation = orientation
        self.valueFormat = valueFormat
        self.inks = inks ?? series.indices.map { .series($0 + 1) }
    }

    /// The running totals along the value axis, including zero.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        guard axis == (self.orientation ?? orientation).valueAxis else { return [] }
        return [0] + stacks.flatMap { Self.segments($0.values).flatMap { [$0.start, $0.end] } }
    }

    /// The categories along the category axis.
    public func categories(along axis: AxisID, orientation: Orientation) -> [String] {
        axis == (self.orientation ?? orientation).categoryAxis ? stacks.map(\.category) : []
    }

    /// A group of segment `<rect>`s separated by thin background-coloured gaps, then the labels.
    public func render(in plot: Plot) -> [SVGElement] {
        let theme = plot.theme
        let direction = orientation ?? plot.orientation
        let values = plot.scale(direction.valueAxis)
        let categories = plot.scale(direction.categoryAxis)
        var rects: [SVGElement] = []
        var labels: [SVGElement] = []
        for stack in stacks {
            guard let band = categories.band(stack.category) else { continue }
            for (index, segment) in Self.segments(stack.values).enumerated() where segment.end != segment.start {
                let ink = index < inks.count ? inks[index] : .series(index + 1)
                let start = values.position(segment.start), end = values.position(segment.end)
                let rect: SVGElement =
                    direction == .vertical
                    ? .rect(
                        x: band.start, y: end, width: band.width, height: start - end, [theme.fill(ink)],
                        classes: ink.fillClasses)
                    : .rect(
                        x: start, y: band.start, width: end - start, height: band.width, [theme.fill(ink)],
                        classes: ink.fillClasses)
                rects.append(rect)
                if let format = valueFormat,
                    let label = label(
                        format.string(segment.end - segment.start), from: start, to: end,
                        band: band, direction: direction, ink: ink, theme: theme)
                {
                    labels.append(label)
                }
            }
        }
        guard !rects.isEmpty else { return [] }
        let separators: [SVGAttribute] = [.init("stroke", theme.background.hex), .init("stroke-width", 1)]
        return [.group(separators, classes: ["chart-sep"], rects)] + labels
    }

    /// Series names with swatches.
    public var legendEntries: [LegendEntry] {
        series.enumerated().map { index, name in
            LegendEntry(name, ink: index < inks.count ? inks[index] : .series(index + 1))
        }
    }

    /// Segment bounds: positives stack up from zero, negatives down from zero (d3's diverging offset).
    static func segments(_ values: [Double]) -> [(start: Double, end: Double)] {
        var positive = 0.0, negative = 0.0
        return values.map { value in
            guard value.isFinite else { return (positive, positive) }
            if value >= 0 {
                defer { positive += value }
                return (positive, positive + value)
            }
            defer { negative += value }
            return (negative, negative + value)
        }
    }

    private func label(
        _ text: String, from start: Double, to end: Double, band: (start: Double, width: Double),
        direction: Orientation, ink: Ink, theme: Theme
    ) -> SVGElement? {
        let width = TextMeasure.width(text, size: theme.fontSize)
        let length = abs(end - start)
        let gap = theme.labelGap
        let center = (start + end) / 2
        let across = band.start + band.width / 2
        switch direction {
        case .horizontal:
            guard length >= width + 2 * gap, band.width >= theme.fontSize * 1.1 else { return nil }
            return .text(
                text, x: center, y: across + theme.centeringOffset,
                [TextAnchor.middle.attribute, theme.onFill(ink)], classes: ink.onFillClasses)
        case .vertical:
            guard length >= theme.lineHeight(theme.fontSize), band.width >= width + 2 * gap else { return nil }
            return .text(
                text, x: across, y: center + theme.centeringOffset,
                [TextAnchor.middle.attribute, theme.onFill(ink)], classes: ink.onFillClasses)
        }
    }
}
