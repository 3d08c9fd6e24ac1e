extension Ink {
    /// Classes for a shape filled with this ink.
    var fillClasses: [String] { ["chart-fill", className] }
    /// Classes for a stroked line in this ink.
    var strokeClasses: [String] { ["chart-stroke", className] }
    /// Classes for text in this ink.
    var textClasses: [String] {
        switch self {
        case .series: ["chart-label", className]
        case .text: ["chart-text"]
        case .muted: ["chart-muted"]
        }
    }
    /// Classes for text drawn on top of a fill in this ink.
    var onFillClasses: [String] { ["chart-on-fill", className] }
}

extension Theme {
    /// `fill` in the mark colour for `ink`.
    func fill(_ ink: Ink) -> SVGAttribute { SVGAttribute("fill", color(for: ink).hex) }
    /// `stroke` in the mark colour for `ink`.
    func stroke(_ ink: Ink) -> SVGAttribute { SVGAttribute("stroke", color(for: ink).hex) }
    /// `fill` in the text colour for `ink`.
    func textFill(_ ink: Ink) -> SVGAttribute { SVGAttribute("fill", textColor(for: ink).hex) }
    /// `fill` for text drawn on top of the mark colour for `ink`.
    func onFill(_ ink: Ink) -> SVGAttribute { SVGAttribute("fill", color(for: ink).readableText.hex) }
    /// A dash pattern proportional to `width`.
    func dashArray(width: Double) -> SVGAttribute {
        let dash = SVGNumber.format(width * 3) ?? "4"
        let gap = SVGNumber.format(width * 2) ?? "3"
        return SVGAttribute("stroke-dasharray", dash + " " + gap)
    }
    /// Offset from a line's centre to the baseline of text centred on it.
    var centeringOffset: Double { fontSize * 0.35 }
}
