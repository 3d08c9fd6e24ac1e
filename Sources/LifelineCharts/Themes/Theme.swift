/// Colours, type and size for drawing charts. Use `report`, `dark`, `slide` or `slideDark`,
/// resize with `sized(width:height:)`, or build your own.
public struct Theme: Sendable, Equatable {
    /// A short name, e.g. "report".
    public var name: String
    /// Default chart width in pixels.
    public var width: Double
    /// Default chart height in pixels.
    public var height: Double
    /// Background fill.
    public var background: Color
    /// Main text: titles, direct labels, reference lines.
    public var text: Color
    /// Secondary text: tick labels, axis titles, subtitles, captions.
    public var mutedText: Color
    /// Gridlines.
    public var grid: Color
    /// Axis lines and tick marks.
    public var axis: Color
    /// Categorical colours for `Ink.series(n)`; adjusted to the contrast targets when used.
    public var palette: [Color]
    /// Font stack for the `font-family` attribute, ending in a generic family.
    public var fontFamily: String
    /// Tick labels, axis titles, legends and annotations.
    public var fontSize: Double
    /// The chart title.
    public var titleSize: Double
    /// The subtitle.
    public var subtitleSize: Double
    /// Stroke width of lines and whiskers.
    public var lineWidth: Double
    /// Space between the chart's edge and its content.
    public var padding: Double

    /// Creates a theme.
    public init(
        name: String, width: Double, height: Double, background: Color, text: Color, mutedText: Color,
        grid: Color, axis: Color, palette: [Color] = Palette.okabeIto,
        fontFamily: String = Theme.defaultFontFamily, fontSize: Double, titleSize: Double, subtitleSize: Double,
        lineWidth: Double, padding: Double
    ) {
        self.name = name
        self.width = width
        self.height = height
        self.background = background
        self.text = text
        self.mutedText = mutedText
        self.grid = grid
        self.axis = axis
        self.palette = palette.isEmpty ? Palette.okabeIto : palette
        self.fontFamily = fontFamily
        self.fontSize = fontSize
        self.titleSize = titleSize
        self.subtitleSize = subtitleSize
        self.lineWidth = lineWidth
        self.padding = padding
    }

    /// A font stack every tool knows, ending in the generic `sans-serif`.
    public static let defaultFontFamily = "Helvetica, Arial, 'Liberation Sans', sans-serif"

    /// Light theme for print and the HTML report: 640 × 360, 12 px labels.
    public static let report = Theme(
        name: "report", width: 640, height: 360, background: .white, text: Color(0x1D2125),
        mutedText: Color(0x59636E), grid: Color(0xE1E5EA), axis: Color(0x8C959F),
        fontSize: 12, titleSize: 16, subtitleSize: 12, lineWidth: 2, padding: 12)

    /// Dark background with light text, same proportions as `report`.
    public static let dark = Theme(
        name: "dark", width: 640, height: 360, background: Color(0x15181D), text: Color(0xE6E9ED),
        mutedText: Color(0xA3ADB8), grid: Color(0x2D333B), axis: Color(0x6E7781),
        fontSize: 12, titleSize: 16, subtitleSize: 12, lineWidth: 2, padding: 12)

    /// 16:9 slides, 1280 × 720, with type that reads from the back of a room (24 px labels, 40 px title).
    public static let slide = Theme(
        name: "slide", width: 1280, height: 720, background: .white, text: Color(0x1D2125),
        mutedText: Color(0x59636E), grid: Color(0xE1E5EA), axis: Color(0x8C959F),
        fontSize: 24, titleSize: 40, subtitleSize: 28, lineWidth: 4, padding: 40)

    /// `slide` on a dark background.
    public static let slideDark = Theme(
        name: "slide-dark", width: 1280, height: 720, background: Color(0x15181D), text: Color(0xE6E9ED),
        mutedText: Color(0xA3ADB8), grid: Color(0x2D333B), axis: Color(0x6E7781),
        fontSize: 24, titleSize: 40, subtitleSize: 28, lineWidth: 4, padding: 40)

    /// The built-in themes.
    public static let all: [Theme] = [report, dark, slide, slideDark]

    /// The theme at another size; nil keeps the current value. Sizes are kept between 160 and 10,000 px.
    public func sized(width: Double? = nil, height: Double? = nil) -> Theme {
        var copy = self
        if let width { copy.width = Self.cleanSize(width, fallback: self.width) }
        if let height { copy.height = Self.cleanSize(height, fallback: self.height) }
        return copy
    }

    private static func cleanSize(_ value: Double, fallback: Double) -> Double {
        value.isFinite ? min(max(value, 160), 10_000) : fallback
    }
}
