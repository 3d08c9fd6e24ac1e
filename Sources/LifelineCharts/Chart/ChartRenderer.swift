/// Lays out and draws a `Chart`: header, plot frame sized so that no label is clipped, axes, marks and edge labels.
struct ChartRenderer {
    let chart: Chart
    let theme: Theme
    let options: RenderOptions

    init(chart: Chart, theme: Theme, options: RenderOptions) {
        self.chart = chart
        self.theme = theme.sized(width: chart.width, height: chart.height)
        self.options = options
    }

    /// Horizontal when y holds the categories.
    var orientation: Orientation { chart.y.kind == .band && chart.x.kind != .band ? .horizontal : .vertical }

    var size: Double { theme.fontSize }
    var lineHeight: Double { theme.lineHeight(theme.fontSize) }
    var gap: Double { theme.labelGap }

    /// The whole `<svg>` element.
    func render() -> SVGElement {
        let header = Header(self)
        let footer = Footer(self)
        var measurement = measure(frame: initialFrame(header: header, footer: footer))
        for _ in 0..<3 {
            let next = frame(after: measurement, header: header, footer: footer)
            if next == measurement.frame { break }
            measurement = measure(frame: next)
        }
        return document(
            body: header.elements(self)
                + body(measurement)
                + footer.elements(self, frame: measurement.frame, xDepth: measurement.x.depth))
    }

    // MARK: Layout

    /// Everything that depends on the plot frame.
    struct Measurement {
        var frame: Rect
        var x: AxisLayout
        var y: AxisLayout
        var plot: Plot
        var rightLabels: [EdgeLabel]
        var topLabels: [EdgeLabel]
        var topPlacement: [(extent: ClosedRange<Double>, row: Int)]
        var rightWidth: Double
    }

    func measure(frame: Rect) -> Measurement {
        let maxCategoryWidth = theme.width * 0.3  // also the widest numeric y label before abbreviating
        let x = AxisLayout.make(
            chart.x, id: .x, values: values(.x), categories: categories(.x),
            range: ScreenRange(frame.x, frame.maxX), theme: theme, maxLabelWidth: theme.height * 0.3)
        let yRange = chart.y.kind == .band ? ScreenRange(frame.y, frame.maxY) : ScreenRange(frame.maxY, frame.y)
        let y = AxisLayout.make(
            chart.y, id: .y, values: values(.y), categories: categories(.y),
            range: yRange, theme: theme, maxLabelWidth: maxCategoryWidth)
        let plot = Plot(frame: frame, x: x.scale, y: y.scale, theme: theme)
        let labels = chart.marks.flatMap { $0.edgeLabels(in: plot) }
        let right = labels.filter { $0.edge == .right }
        let top = labels.filter { $0.edge == .top }
        let rightWidth = min(
            right.map { TextMeasure.width($0.text, size: size, bold: $0.bold) }.max() ?? 0,
            maxRightLabelWidth)
        let placement = LabelDodge.topPlacement(
            positions: top.map(\.position), widths: top.map { TextMeasure.width($0.text, size: size, bold: $0.bold) },
            within: theme.padding...(theme.width - theme.padding), gap: size * 0.75)
        return Measurement(
            frame: frame, x: x, y: y, plot: plot, rightLabels: right, topLabels: top,
            topPlacement: placement, rightWidth: rightWidth)
    }

    var maxRightLabelWidth: Double { theme.width * 0.3 }

    func initialFrame(header: Header, footer: Footer) -> Rect {
        let pad = theme.padding
        let left = pad + size * 4, right = theme.width - pad - size * 2
        let top = header.bottom + size, bottom = footer.top - size * 2.5
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The frame that gives every label of `measurement` room, kept to a usable minimum size.
    func frame(after measurement: Measurement, header: Header, footer: Footer) -> Rect {
        let pad = theme.padding
        let width = theme.width, height = theme.height
        var left = pad + max(measurement.y.depth, measurement.x.overhangStart)
        let rightRoom = measurement.rightWidth > 0 ? measurement.rightWidth + gap * 1.5 : 0
        var right = width - pad - max(rightRoom, measurement.x.overhangEnd)
        let rowCount = Double((measurement.topPlacement.map(\.row).max() ?? -1) + 1)
        let numericTop = chart.y.kind == .band ? 0 : size * 0.9
        var top = header.bottom + max(numericTop, rowCount * lineHeight + (rowCount > 0 ? gap : 0))
        var bottom = footer.top - measurement.x.depth - (chart.x.title == nil ? 0 : gap)
        let minWidth = max(width * 0.25, 40), minHeight = max(height * 0.2, 30)
        if right - left < minWidth {
            left = max(pad, min(left, right - minWidth))
            right = max(right, left + minWidth)
        }
        if bottom - top < minHeight {
            top = max(pad, min(top, bottom - minHeight))
            bottom = max(bottom, top + minHeight)
        }
        return Rect(x: left.rounded(), y: top.rounded(), width: (right - left).rounded(), height: (bottom - top).rounded())
    }

    // MARK: Data

    func values(_ axis: AxisID) -> [Double] {
        chart.marks.flatMap { $0.domainValues(along: axis, orientation: orientation) }
    }

    func categories(_ axis: AxisID) -> [String] {
        var seen = Set<String>()
        return chart.marks.flatMap { $0.categories(along: axis, orientation: orientation) }
            .filter { seen.insert($0).inserted }
    }
}
