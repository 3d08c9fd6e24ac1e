/// Draws an `AxisLayout`: gridlines, the zero line, the baseline with tick marks, and the labels.
enum AxisRenderer {
    /// Gridlines across the plot at each numeric tick; nil for band axes or when there are none.
    static func grid(_ layout: AxisLayout, frame: Rect, theme: Theme) -> SVGElement? {
        guard !layout.scale.isBand, !layout.ticks.isEmpty else { return nil }
        var path = PathData()
        for tick in layout.ticks {
            switch layout.id {
            case .x:
                path.move(tick.position, frame.y)
                path.vertical(frame.maxY)
            case .y:
                path.move(frame.x, tick.position)
                path.horizontal(frame.maxX)
            }
        }
        return .path(
            path, [.init("stroke", theme.grid.hex), .init("stroke-width", 1), .init("fill", "none")],
            classes: ["chart-grid"])
    }

    /// A stronger line at zero when the numeric domain runs from negative to positive.
    static func zeroLine(_ layout: AxisLayout, frame: Rect, theme: Theme) -> SVGElement? {
        guard case .linear(let scale) = layout.scale,
            scale.domain.lowerBound < 0, scale.domain.upperBound > 0
        else { return nil }
        let position = scale(0)
        let attributes = [SVGAttribute("stroke", theme.axis.hex), SVGAttribute("stroke-width", 1)]
        return layout.id == .x
            ? .line(x1: position, y1: frame.y, x2: position, y2: frame.maxY, attributes, classes: ["chart-axis"])
            : .line(x1: frame.x, y1: position, x2: frame.maxX, y2: position, attributes, classes: ["chart-axis"])
    }

    /// The x baseline along the bottom of the plot, with tick marks on a numeric axis.
    static func baseline(_ layout: AxisLayout, frame: Rect, theme: Theme) -> SVGElement {
        var path = PathData()
        path.move(frame.x, frame.maxY)
        path.horizontal(frame.maxX)
        if !layout.scale.isBand {
            for tick in layout.ticks {
                path.move(tick.position, frame.maxY)
                path.vertical(frame.maxY + theme.tickLength)
            }
        }
        return .path(
            path, [.init("stroke", theme.axis.hex), .init("stroke-width", 1), .init("fill", "none")],
            classes: ["chart-axis"])
    }

    /// The tick or category labels, in one group sharing colour and alignment.
    static func labels(_ layout: AxisLayout, frame: Rect, theme: Theme) -> SVGElement? {
        guard !layout.ticks.isEmpty else { return nil }
        let size = theme.fontSize
        let lineHeight = theme.lineHeight(size)
        let gap = theme.labelGap
        var anchor = TextAnchor.middle
        let texts: [SVGElement] = layout.ticks.map { tick in
            switch (layout.id, layout.rotated) {
            case (.x, true):
                anchor = .end
                let x = tick.position + theme.centeringOffset, y = frame.maxY + gap
                return .text(tick.lines.first ?? "", x: x, y: y, [rotation(-90, x, y)], title: tick.fullText)
            case (.x, false):
                let offset = layout.scale.isBand ? 0 : theme.tickLength
                let first = frame.maxY + offset + gap + size * 0.8
                return multiline(tick, x: tick.position, firstBaseline: first, lineHeight: lineHeight)
            case (.y, _):
                anchor = .end
                let first = tick.position - Double(tick.lines.count - 1) * lineHeight / 2 + theme.centeringOffset
                return multiline(tick, x: frame.x - gap, firstBaseline: first, lineHeight: lineHeight)
            }
        }
        return .group([.init("fill", theme.mutedText.hex), anchor.attribute], classes: ["chart-muted"], texts)
    }

    /// A label of one or more lines; extra lines become `<tspan>`s with their own x and y.
    static func multiline(_ tick: AxisTick, x: Double, firstBaseline: Double, lineHeight: Double) -> SVGElement {
        multiline(tick.lines, x: x, firstBaseline: firstBaseline, lineHeight: lineHeight, title: tick.fullText)
    }

    /// Lines of text starting at `firstBaseline`, as one `<text>`.
    static func multiline(
        _ lines: [String], x: Double, firstBaseline: Double, lineHeight: Double,
        _ attributes: [SVGAttribute] = [], classes: [String] = [], title: String? = nil
    ) -> SVGElement {
        if lines.count <= 1 {
            return .text(lines.first ?? "", x: x, y: firstBaseline, attributes, classes: classes, title: title)
        }
        var children: [SVGNode] = []
        if let title { children.append(.element(SVGElement("title", children: [.text(title)]))) }
        for (index, line) in lines.enumerated() {
            let y = firstBaseline + Double(index) * lineHeight
            children.append(.element(SVGElement("tspan", [.init("x", x), .init("y", y)], children: [.text(line)])))
        }
        return SVGElement("text", attributes, classes: classes, children: children)
    }

    /// `rotate(angle x y)` as a transform attribute.
    static func rotation(_ angle: Double, _ x: Double, _ y: Double) -> SVGAttribute {
        let parts = [angle, x, y].map { SVGNumber.format($0) ?? "0" }
        return SVGAttribute("transform", "rotate(" + parts.joined(separator: " ") + ")")
    }
}
