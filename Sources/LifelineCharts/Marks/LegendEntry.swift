/// One entry of a chart legend: a swatch or line sample in a colour, and its label.
public struct LegendEntry: Sendable, Equatable {
    /// The sample drawn before the label.
    public enum Symbol: Sendable, Hashable {
        /// A filled square, for bars and areas.
        case swatch
        /// A short line, for lines.
        case line
    }

    /// The label.
    public var label: String
    /// The colour.
    public var ink: Ink
    /// The sample shape.
    public var symbol: Symbol
    /// Opacity of the sample, matching a translucent mark such as a band.
    public var opacity: Double

    /// Creates a legend entry.
    public init(_ label: String, ink: Ink, symbol: Symbol = .swatch, opacity: Double = 1) {
        self.label = label
        self.ink = ink
        self.symbol = symbol
        self.opacity = opacity.isFinite ? min(max(opacity, 0), 1) : 1
    }
}
