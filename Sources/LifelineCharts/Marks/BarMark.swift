/// One bar: a category, the value it reaches, and the base it starts from.
public struct Bar: Sendable, Equatable {
    /// The category (band) the bar sits in.
    public var category: String
    /// Where the bar ends.
    public var value: Double
    /// Where the bar starts; 0 by default, or e.g. a tornado chart's baseline.
    public var base: Double
    /// Colour.
    public var ink: Ink
    /// Text at the bar's outer end (inside it when there is no room outside).
    public var label: String?

    /// Creates a bar.
    public init(_ category: String, value: Double, base: Double = 0, ink: Ink = .series(1), label: String? = nil) {
        self.category = category
        self.value = value
        self.base = base
        self.ink = ink
        self.label = label
    }
}

/// Bars from a base to a value, vertical (categories on x) or horizontal (categories on y).
/// Bars that share a category overlap, so a tornado chart is one bar to each side of its baseline.
public struct BarMark: Mark {
    /// The bars.
    public var bars: [Bar]
    /// Direction; nil follows the chart (horizontal when y is a band axis).
    public var orientation: Orientation?
    /// What the bars' colours mean, for the chart's automatic legend (e.g. a tornado's low and high sides).
    public var legend: [LegendEntry]

    /// Creates bars; `legend` says what their colours mean (none by default).
    public init(_ bars: [Bar], orientation: Orientation? = nil, legend: [LegendEntry] = []) {
        self.bars = bars
        self.orientation = orientation
        self.legend = legend
    }

    /// The entries the bars were given.
    public var legendEntries: [LegendEntry] { legend }

    /// Values and bases along the value axis.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        guard axis == (self.orientation ?? orientation).valueAxis else { return [] }
        return bars.flatMap { [$0.base, $0.value] }
    }

    /// The categories along the category axis.
    public func categories(along axis: AxisID, orientation: Orientation) -> [String] {
        axis == (self.orientation ?? orientation).categoryAxis ? bars.map(\.category) : []
    }

    /// A `<rect>` per bar, then the labels.
    public func render(in plot: Plot) -> [SVGElement] {
        let direction = orientation ?? plot.orientation
        let values = plot.scale(direction.valueAxis)
        let categories = plot.scale(direction.categoryAxis)
        var rects: [SVGElement] = []
        var labels: [SVGElement] = []
        for bar in bars {
            guard let band = categories.band(bar.category) else { continue }
            let start = values.position(bar.base), end = values.position(bar.value)
            guard start.isFinite, end.isFinite else { continue }
            let attributes = [plot.theme.fill(bar.ink)]
            switch direction {
            case .vertical:
                rects.append(
                    .rect(
                        x: band.start, y: end, width: band.width, height: start - end,
                        attributes, classes: bar.ink.fillClasses))
            case .horizontal:
                rects.append(
                    .rect(
                        x: start, y: band.start, width: end - start, height: band.width,
                        attributes, classes: bar.ink.fillClasses))
            }
            if let label = bar.label, !label.isEmpty {
                labels.append(
                    BarLabel.element(
                        label, from: start, to: end, center: band.start + band.width / 2,
                        orientation: direction, ink: bar.ink, plot: plot))
            }
        }
        return rects + labels
    }
}
