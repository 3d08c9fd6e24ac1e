/// A value with its low–high range for one category, or at one value of a numeric axis, drawn as a dot on a
/// whisker.
public struct PointRange: Sendable, Equatable {
    /// The category (band) the range sits in; unused when ``at`` places it.
    public var category: String
    /// Where the range sits on a numeric axis (e.g. at an x value of a line chart, the whisker vertical); nil puts
    /// it in its category's band.
    public var at: Double?
    /// The central value (the dot).
    public var value: Double
    /// Lower end of the whisker.
    public var low: Double
    /// Upper end of the whisker.
    public var high: Double
    /// Colour.
    public var ink: Ink
    /// Text for the row, e.g. "USD 54M (40–70M)", shown in the right margin (or above a vertical whisker).
    public var label: String?
    /// Draw a larger diamond and a bold label, e.g. for a pooled estimate.
    public var emphasized: Bool

    /// Creates a point range in the band of `category`.
    public init(
        _ category: String, value: Double, low: Double, high: Double,
        ink: Ink = .series(1), label: String? = nil, emphasized: Bool = false
    ) {
        self.category = category
        self.at = nil
        self.value = value
        self.low = low
        self.high = high
        self.ink = ink
        self.label = label
        self.emphasized = emphasized
    }

    /// Creates a point range at `position` on a numeric axis (the x of a line chart).
    public init(
        at position: Double, value: Double, low: Double, high: Double,
        ink: Ink = .series(1), label: String? = nil, emphasized: Bool = false
    ) {
        self.init("", value: value, low: low, high: high, ink: ink, label: label, emphasized: emphasized)
        self.at = position
    }
}

/// Dots with whiskers (point ranges), one per category, or at values of a numeric axis: horizontal when categories
/// run down the y axis. Labels form a column in the right margin (horizontal) or sit above the whisker (vertical).
/// Ranges placed at the same value sit side by side, in order, centred on it, so that none hides another.
public struct PointRangeMark: Mark {
    /// The ranges.
    public var items: [PointRange]
    /// Direction; nil follows the chart (horizontal when y is a band axis).
    public var orientation: Orientation?

    /// Creates point ranges.
    public init(_ items: [PointRange], orientation: Orientation? = nil) {
        self.items = items
        self.orientation = orientation
    }

    /// Values and range ends along the value axis; the positions of placed ranges along the other.
    public func domainValues(along axis: AxisID, orientation: Orientation) -> [Double] {
        guard axis == (self.orientation ?? orientation).valueAxis else { return items.compactMap(\.at) }
        return items.flatMap { [$0.low, $0.value, $0.high] }
    }

    /// The categories along the category axis (of the ranges not placed at a value).
    public func categories(along axis: AxisID, orientation: Orientation) -> [String] {
        axis == (self.orientation ?? orientation).categoryAxis ? items.filter { $0.at == nil }.map(\.category) : []
    }

    /// Per item: a whisker with end caps, a dot (or diamond), and the label.
    public func render(in plot: Plot) -> [SVGElement] {
        let direction = orientation ?? plot.orientation
        let values = plot.scale(direction.valueAxis)
        let categories = plot.scale(direction.categoryAxis)
        let spacing = plot.theme.fontSize * 0.8
        return items.enumerated().flatMap { index, item -> [SVGElement] in
            let across: Double, capLength: Double
            if let at = item.at {
                let shared = items.indices.filter { items[$0].at == at }
                let rank = Double(shared.firstIndex(of: index) ?? 0) - Double(shared.count - 1) / 2
                across = categories.position(at) + rank * spacing
                capLength = plot.theme.fontSize * 0.3
            } else if let band = categories.band(item.category) {
                across = band.start + band.width / 2
                capLength = min(band.width * 0.25, plot.theme.fontSize * 0.4)
            } else {
                return []
            }
            guard across.isFinite else { return [] }
            let low = values.position(item.low), high = values.position(item.high)
            let value = values.position(item.value)
            return elements(
                item, low: low, high: high, value: value, across: across, capLength: capLength, direction: direction, plot: plot)
        }
    }

    private func elements(
        _ item: PointRange, low: Double, high: Double, value: Double, across: Double, capLength: Double,
        direction: Orientation, plot: Plot
    ) -> [SVGElement] {
        let theme = plot.theme
        let stroke = theme.lineWidth * (item.emphasized ? 1.25 : 1)
        let radius = theme.lineWidth * (item.emphasized ? 2.75 : 2) + 1
        func point(_ along: Double, _ offset: Double = 0) -> (x: Double, y: Double) {
            direction == .horizontal ? (along, across + offset) : (across + offset, along)
        }
        var whisker = PathData()
        if low.isFinite, high.isFinite {
            whisker.append(.polyline([point(low), point(high)]))
            for end in [low, high] { whisker.append(.polyline([point(end, -capLength), point(end, capLength)])) }
        }
        var elements: [SVGElement] = []
        if !whisker.isEmpty {
            elements.append(
                .path(
                    whisker, [theme.stroke(item.ink), .init("stroke-width", stroke), .init("fill", "none")],
                    classes: item.ink.strokeClasses))
        }
        if value.isFinite {
            let center = point(value)
            if item.emphasized {
                var diamond = PathData()
                let r = radius * 1.3
                diamond.append(
                    .polyline([
                        (center.x, center.y - r), (center.x + r, center.y),
                        (center.x, center.y + r), (center.x - r, center.y),
                    ]))
                diamond.close()
                elements.append(.path(diamond, [theme.fill(item.ink)], classes: item.ink.fillClasses))
            } else {
                elements.append(
                    .circle(
                        cx: center.x, cy: center.y, r: radius, [theme.fill(item.ink)],
                        classes: item.ink.fillClasses))
            }
        }
        if direction == .vertical, let label = item.label, !label.isEmpty {
            let ends = [low, high, value].filter(\.isFinite)
            if let first = ends.min(), let last = ends.max() {
                elements.append(
                    labelElement(
                        label, item: item, from: first, to: last, across: across,
                        radius: radius, direction: direction, plot: plot))
            }
        }
        return elements
    }

    private func labelElement(
        _ text: String, item: PointRange, from first: Double, to last: Double, across: Double, radius: Double,
        direction: Orientation, plot: Plot
    ) -> SVGElement {
        let theme = plot.theme
        let gap = theme.labelGap + radius / 2
        var attributes = [TextAnchor.middle.attribute, theme.textFill(.text)]
        if item.emphasized { attributes.append(.init("font-weight", "bold")) }
        let fitsAbove = first - gap - theme.fontSize >= plot.frame.y
        let y = fitsAbove ? first - gap : last + gap + theme.fontSize * 0.8
        return .text(text, x: across, y: y, attributes, classes: Ink.text.textClasses)
    }

    /// In horizontal layout, the labels form a column in the right margin, level with their rows.
    public func edgeLabels(in plot: Plot) -> [EdgeLabel] {
        guard (orientation ?? plot.orientation) == .horizontal else { return [] }
        return items.compactMap { item in
            guard let label = item.label, !label.isEmpty,
                let position = plot.y.position(category: item.category)
            else { return nil }
            return EdgeLabel(edge: .right, position: position, text: label, ink: .text, bold: item.emphasized)
        }
    }
}
