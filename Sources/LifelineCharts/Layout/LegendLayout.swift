/// Legend entries flowed into rows that fit a width.
struct LegendLayout {
    /// Each entry with its row and its x offset from the legend's left edge.
    var items: [(entry: LegendEntry, row: Int, x: Double)]
    /// Number of rows.
    var rowCount: Int

    /// Flows `entries` into rows no wider than `width`.
    init(_ entries: [LegendEntry], width: Double, theme: Theme) {
        let size = theme.fontSize
        var items: [(entry: LegendEntry, row: Int, x: Double)] = []
        var row = 0, x = 0.0
        for entry in entries {
            let itemWidth = Self.symbolWidth(theme) + TextMeasure.width(entry.label, size: size)
            if x > 0, x + itemWidth > width {
                row += 1
                x = 0
            }
            items.append((entry, row, x))
            x += itemWidth + size * 1.2
        }
        self.items = items
        self.rowCount = entries.isEmpty ? 0 : row + 1
    }

    /// Width of the sample plus the space before its label.
    static func symbolWidth(_ theme: Theme) -> Double { theme.fontSize * 1.3 }

    /// The legend's SVG, with its first row centred on `top + lineHeight / 2`.
    func element(left: Double, top: Double, theme: Theme) -> SVGElement? {
        guard !items.isEmpty else { return nil }
        let size = theme.fontSize
        let lineHeight = theme.lineHeight(size)
        var samples: [SVGElement] = []
        var labels: [SVGElement] = []
        for (entry, row, x) in items {
            let center = top + (Double(row) + 0.5) * lineHeight
            let start = left + x
            switch entry.symbol {
            case .swatch:
                var attributes = [theme.fill(entry.ink)]
                if entry.opacity < 1 { attributes.append(.init("fill-opacity", entry.opacity, decimals: 2)) }
                samples.append(
                    .rect(
                        x: start, y: center - size * 0.4, width: size * 0.8, height: size * 0.8,
                        attributes, classes: entry.ink.fillClasses))
            case .line:
                samples.append(
                    .line(
                        x1: start, y1: center, x2: start + size * 0.9, y2: center,
                        [theme.stroke(entry.ink), .init("stroke-width", theme.lineWidth)],
                        classes: entry.ink.strokeClasses))
            }
            labels.append(.text(entry.label, x: start + Self.symbolWidth(theme), y: center + theme.centeringOffset))
        }
        let text = SVGElement.group([.init("fill", theme.text.hex)], classes: ["chart-text"], labels)
        return .group([], samples + [text])
    }
}
