extension ChartRenderer {
    /// Gridlines, marks, axes and edge labels for a laid-out plot.
    func body(_ m: Measurement) -> [SVGElement] {
        let frame = m.frame
        var elements: [SVGElement] = []
        if showsGrid(.x), let grid = AxisRenderer.grid(m.x, frame: frame, theme: theme) {
            elements.append(grid)
        }
        if showsGrid(.y), let grid = AxisRenderer.grid(m.y, frame: frame, theme: theme) {
            elements.append(grid)
        }
        elements += chart.marks.flatMap { $0.render(in: m.plot) }
        elements += [m.x, m.y].compactMap { AxisRenderer.zeroLine($0, frame: frame, theme: theme) }
        if chart.y.kind != .band { elements.append(AxisRenderer.baseline(m.x, frame: frame, theme: theme)) }
        elements += [m.x, m.y].compactMap { AxisRenderer.labels($0, frame: frame, theme: theme) }
        elements += rightLabels(m)
        elements += topLabels(m)
        return elements
    }

    /// Gridlines by default on a numeric y axis, and on a numeric x axis when y holds categories.
    func showsGrid(_ id: AxisID) -> Bool {
        let axis = id == .x ? chart.x : chart.y
        guard axis.kind != .band else { return false }
        if let grid = axis.grid { return grid }
        return id == .y || (id == .x && chart.y.kind == .band)
    }

    /// Direct labels in the right margin, nudged apart vertically.
    func rightLabels(_ m: Measurement) -> [SVGElement] {
        guard !m.rightLabels.isEmpty else { return [] }
        let bounds = (m.frame.y)...(max(m.frame.y, m.frame.maxY))
        let centres = LabelDodge.spread(m.rightLabels.map(\.position), spacing: lineHeight, within: bounds)
        let x = m.frame.maxX + gap * 1.5
        return zip(m.rightLabels, centres).map { label, centre in
            let text = TextWrap.truncate(label.text, width: maxRightLabelWidth, size: size, bold: label.bold)
            var attributes = [theme.textFill(label.ink)]
            if label.bold { attributes.append(.init("font-weight", "bold")) }
            return .text(
                text, x: x, y: centre + theme.centeringOffset, attributes,
                classes: label.ink.textClasses, title: text == label.text ? nil : label.text)
        }
    }

    /// Rule labels above the plot, in rows so they never overlap, joined to their rule by a thin line
    /// when they sit above the first row.
    func topLabels(_ m: Measurement) -> [SVGElement] {
        var elements: [SVGElement] = []
        for (label, placement) in zip(m.topLabels, m.topPlacement) {
            let (interval, row) = placement
            let baseline = m.frame.y - gap - size * 0.25 - Double(row) * lineHeight
            if row > 0 {
                elements.append(
                    .line(
                        x1: label.position, y1: m.frame.y, x2: label.position, y2: baseline + size * 0.3,
                        [theme.stroke(label.ink), .init("stroke-width", 1)], classes: label.ink.strokeClasses))
            }
            var attributes = [TextAnchor.middle.attribute, theme.textFill(label.ink)]
            if label.bold { attributes.append(.init("font-weight", "bold")) }
            elements.append(
                .text(
                    label.text, x: (interval.lowerBound + interval.upperBound) / 2, y: baseline,
                    attributes, classes: label.ink.textClasses))
        }
        return elements
    }

    /// The root `<svg>` with accessibility metadata and shared font attributes.
    func document(body: [SVGElement]) -> SVGElement {
        let width = theme.width, height = theme.height
        let viewBox = ["0", "0", SVGNumber.format(width) ?? "0", SVGNumber.format(height) ?? "0"]
        let attributes: [SVGAttribute] = [
            .init("xmlns", "http://www.w3.org/2000/svg"),
            .init("width", width), .init("height", height),
            .init("viewBox", viewBox.joined(separator: " ")),
            .init("role", "img"),
            .init("aria-labelledby", chart.titleID + " " + chart.descriptionID),
            .init("font-family", theme.fontFamily),
            .init("font-size", size),
        ]
        let metadata: [SVGElement] = [
            SVGElement("title", [.init("id", chart.titleID)], children: [.text(chart.title)]),
            SVGElement("desc", [.init("id", chart.descriptionID)], children: [.text(chart.description)]),
            .rect(x: 0, y: 0, width: width, height: height, [.init("fill", theme.background.hex)], classes: ["chart-bg"]),
        ]
        return SVGElement("svg", attributes, classes: ["chart"], elements: metadata + body)
    }
}
