extension ChartRenderer {
    /// Title, subtitle, legend and y-axis title, stacked from the top edge.
    struct Header {
        var titleLines: [String] = []
        var titleTruncated = false
        var subtitleLines: [String] = []
        var legend: LegendLayout
        var legendTop = 0.0
        var yTitleBaseline: Double?
        /// Where the header ends and the plot (or its rule labels) may begin.
        var bottom: Double

        init(_ renderer: ChartRenderer) {
            let theme = renderer.theme
            let options = renderer.options
            let chart = renderer.chart
            let width = theme.width - 2 * theme.padding
            var cursor = theme.padding
            if options.showsTitle {
                let title = TextWrap.lines(chart.title, width: width, size: theme.titleSize, bold: true, maxLines: 2)
                titleLines = title.lines
                titleTruncated = title.truncated
                cursor += Double(titleLines.count) * theme.lineHeight(theme.titleSize)
                if let subtitle = chart.subtitle {
                    subtitleLines = TextWrap.lines(subtitle, width: width, size: theme.subtitleSize, maxLines: 2).lines
                    cursor += Double(subtitleLines.count) * theme.lineHeight(theme.subtitleSize)
                }
                if !titleLines.isEmpty || !subtitleLines.isEmpty { cursor += theme.fontSize * 0.6 }
            }
            legend = LegendLayout(chart.legend ?? chart.marks.flatMap(\.legendEntries), width: width, theme: theme)
            legendTop = cursor
            cursor += Double(legend.rowCount) * renderer.lineHeight
            if legend.rowCount > 0 { cursor += theme.fontSize * 0.4 }
            if chart.y.title?.isEmpty == false {
                yTitleBaseline = cursor + theme.fontSize * 0.9
                cursor += renderer.lineHeight
            }
            bottom = cursor
        }

        func elements(_ renderer: ChartRenderer) -> [SVGElement] {
            let theme = renderer.theme
            let chart = renderer.chart
            let left = theme.padding
            var elements: [SVGElement] = []
            var baseline = theme.padding + theme.titleSize * 0.9
            for (index, line) in titleLines.enumerated() {
                let tooltip = titleTruncated && index == titleLines.count - 1 ? chart.title : nil
                elements.append(
                    .text(
                        line, x: left, y: baseline,
                        [
                            .init("font-size", theme.titleSize), .init("font-weight", "bold"), .init("fill", theme.text.hex),
                        ], classes: ["chart-text", "chart-title"], title: tooltip))
                baseline += theme.lineHeight(theme.titleSize)
            }
            baseline += theme.subtitleSize * 0.9 - theme.titleSize * 0.9
            if titleLines.isEmpty { baseline = theme.padding + theme.subtitleSize * 0.9 }
            for line in subtitleLines {
                elements.append(
                    .text(
                        line, x: left, y: baseline,
                        [
                            .init("font-size", theme.subtitleSize), .init("fill", theme.mutedText.hex),
                        ], classes: ["chart-muted", "chart-subtitle"]))
                baseline += theme.lineHeight(theme.subtitleSize)
            }
            if let legend = legend.element(left: left, top: legendTop, theme: theme) { elements.append(legend) }
            if let yTitleBaseline, let title = chart.y.title {
                let text = TextWrap.truncate(title, width: theme.width - 2 * theme.padding, size: theme.fontSize)
                elements.append(
                    .text(
                        text, x: left, y: yTitleBaseline, [.init("fill", theme.mutedText.hex)],
                        classes: ["chart-muted", "chart-axis-title"], title: text == title ? nil : title))
            }
            return elements
        }
    }

    /// Caption and x-axis title, stacked from the bottom edge; the tag, if any, boxed at the right of the caption.
    struct Footer {
        /// The tag's box, nil without a tag.
        var tagBox: Rect?
        var captionLines: [String] = []
        var captionTop = 0.0
        var hasXTitle = false
        /// Where the footer starts; the x-axis labels end above it.
        var top: Double

        init(_ renderer: ChartRenderer) {
            let theme = renderer.theme
            var cursor = theme.height - theme.padding
            var captionWidth = theme.width - 2 * theme.padding
            if let tag = renderer.chart.tag, !tag.isEmpty {
                let tagWidth = TextMeasure.width(tag, size: theme.fontSize, bold: true) + theme.fontSize
                tagBox = Rect(
                    x: theme.width - theme.padding - tagWidth, y: cursor - theme.fontSize * 1.5, width: tagWidth,
                    height: theme.fontSize * 1.5)
                captionWidth = max(captionWidth - tagWidth - theme.fontSize, captionWidth * 0.5)
            }
            if renderer.options.showsCaption, let caption = renderer.chart.caption, !caption.isEmpty {
                captionLines = TextWrap.lines(caption, width: captionWidth, size: theme.fontSize, maxLines: 2).lines
                cursor -= Double(captionLines.count) * renderer.lineHeight
                captionTop = cursor
                cursor -= theme.fontSize * 0.5
            }
            if let box = tagBox {
                // The tag sits on the caption's first line, or on a line of its own.
                if captionLines.isEmpty {
                    cursor = box.y - theme.fontSize * 0.5
                } else {
                    tagBox?.y = captionTop + (renderer.lineHeight - box.height) / 2
                    cursor = min(cursor, box.y - theme.fontSize * 0.5)
                }
            }
            if renderer.chart.x.title?.isEmpty == false {
                hasXTitle = true
                cursor -= renderer.lineHeight
            }
            top = cursor
        }

        func elements(_ renderer: ChartRenderer, frame: Rect, xDepth: Double) -> [SVGElement] {
            let theme = renderer.theme
            var elements: [SVGElement] = []
            if hasXTitle, let title = renderer.chart.x.title {
                let text = TextWrap.truncate(title, width: frame.width, size: theme.fontSize)
                elements.append(
                    .text(
                        text, x: frame.x + frame.width / 2, y: top + theme.fontSize * 0.9,
                        [TextAnchor.middle.attribute, .init("fill", theme.mutedText.hex)],
                        classes: ["chart-muted", "chart-axis-title"], title: text == title ? nil : title))
            }
            if let tagBox, let tag = renderer.chart.tag {
                elements += [
                    .rect(
                        x: tagBox.x, y: tagBox.y, width: tagBox.width, height: tagBox.height,
                        [theme.fill(.text), .init("rx", theme.fontSize * 0.3)], classes: Ink.text.fillClasses + ["chart-tag"]),
                    .text(
                        tag, x: tagBox.x + tagBox.width / 2, y: tagBox.y + tagBox.height / 2 + theme.centeringOffset,
                        [TextAnchor.middle.attribute, .init("font-weight", "bold"), theme.onFill(.text)], classes: Ink.text.onFillClasses),
                ]
            }
            for (index, line) in captionLines.enumerated() {
                elements.append(
                    .text(
                        line, x: theme.padding,
                        y: captionTop + theme.fontSize * 0.9 + Double(index) * renderer.lineHeight,
                        [.init("fill", theme.mutedText.hex)], classes: ["chart-muted", "chart-caption"]))
            }
            return elements
        }
    }
}
