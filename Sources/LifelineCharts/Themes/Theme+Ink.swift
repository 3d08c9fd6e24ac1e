extension Theme {
    /// WCAG AA contrast for text.
    public static let textContrast = 4.5
    /// WCAG contrast for graphical objects (lines, bars, dots).
    public static let graphicContrast = 3.0

    /// The colour for drawing marks in `ink`, with at least 3:1 contrast against the background.
    public func color(for ink: Ink) -> Color {
        switch ink {
        case .series(let index): paletteColor(index).ensuringContrast(Self.graphicContrast, against: background)
        case .text: text
        case .muted: mutedText.ensuringContrast(Self.graphicContrast, against: background)
        }
    }

    /// The colour for text in `ink`, with at least 4.5:1 contrast against the background.
    public func textColor(for ink: Ink) -> Color {
        switch ink {
        case .series(let index): paletteColor(index).ensuringContrast(Self.textContrast, against: background)
        case .text: text.ensuringContrast(Self.textContrast, against: background)
        case .muted: mutedText.ensuringContrast(Self.textContrast, against: background)
        }
    }

    /// The palette colour for `series(index)`, cycling when the index exceeds the palette.
    func paletteColor(_ index: Int) -> Color {
        palette[(max(index, 1) - 1) % palette.count]
    }

    /// Height of a line of text at `size`.
    func lineHeight(_ size: Double) -> Double { size * 1.25 }

    /// Length of axis tick marks.
    var tickLength: Double { (fontSize * 0.4).rounded() }

    /// Space between a tick mark or plot edge and its label.
    var labelGap: Double { (fontSize * 0.4).rounded() }
}
