/// Places a value label at the outer end of a bar, moving it inside the bar when outside would leave the plot.
enum BarLabel {
    /// A `<text>` for `text` on a bar running from `start` to `end` (screen coordinates along the value
    /// axis) and centred on `center` across it.
    static func element(
        _ text: String, from start: Double, to end: Double, center: Double,
        orientation: Orientation, ink: Ink, plot: Plot
    ) -> SVGElement {
        let theme = plot.theme
        let frame = plot.frame
        let gap = theme.labelGap
        let width = TextMeasure.width(text, size: theme.fontSize)
        let length = abs(end - start)
        let fitsInside = length >= width + 2 * gap
        var outside = true
        let x: Double, y: Double, anchor: TextAnchor
        switch orientation {
        case .horizontal:
            let growsRight = end >= start
            outside = growsRight ? end + gap + width <= frame.maxX : end - gap - width >= frame.x
            if !outside, !fitsInside { outside = true }
            let sign: Double = (growsRight == outside) ? 1 : -1
            x = end + sign * gap
            anchor = sign > 0 ? .start : .end
            y = center + theme.centeringOffset
        case .vertical:
            let growsUp = end <= start
            let ascent = theme.fontSize * 0.8
            outside = growsUp ? end - gap - ascent >= frame.y : end + gap + ascent <= frame.maxY
            if !outside, theme.lineHeight(theme.fontSize) > length { outside = true }
            let above = growsUp == outside
            y = above ? end - gap : end + gap + ascent
            x = center
            anchor = .middle
        }
        let fill = outside ? theme.textFill(.text) : theme.onFill(ink)
        return .text(
            text, x: x, y: y, [anchor.attribute, fill],
            classes: outside ? Ink.text.textClasses : ink.onFillClasses)
    }
}
