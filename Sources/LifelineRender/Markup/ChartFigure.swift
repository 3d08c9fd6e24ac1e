/// A numbered chart with a caption: an image link in Markdown, an inline `<svg>` in a `<figure>` in HTML.
public struct ChartFigure: Sendable {
    /// Anchor id, e.g. `figure-broker-fees`.
    public var id: String
    /// "Figure 1", "Figure 2", … assigned in reading order.
    public var label: String
    /// What the chart shows, with its citations.
    public var caption: [Inline]
    /// Path of the standalone SVG relative to the report, e.g. `charts/broker-fees.svg`.
    public var file: String
    /// Short text alternative for the Markdown image.
    public var alt: String
    /// The chart's SVG for inlining in HTML (no XML declaration).
    public var svg: String

    /// Creates a chart figure.
    public init(id: String, label: String, caption: [Inline], file: String, alt: String, svg: String) {
        self.id = id
        self.label = label
        self.caption = caption
        self.file = file
        self.alt = alt
        self.svg = svg
    }

    /// An image link to the standalone SVG, then the numbered caption.
    public var markdown: String {
        anchor + "\n![\(MarkdownText.escape(alt))](\(MarkdownText.markdownLinkDestination(file)))\n\n**\(label).** \(caption.markdown)"
    }

    /// A `<figure>` holding the SVG inline and a `<figcaption>`, without blank lines, so CommonMark keeps it as one HTML block.
    public var html: String {
        let body = Self.hasBlankLine(svg) ? svg.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n") : svg
        return "<figure id=\"\(id)\">\n\(body)\n<figcaption><span class=\"label\">\(label).</span> \(caption.html)</figcaption>\n</figure>"
    }

    /// Whether `text` has an empty line or a line feed at either end (then splitting it decides); the SVGs Lifeline
    /// writes have neither.
    static func hasBlankLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            if byte == 0x0A && previous == 0x0A { return true }
            previous = byte
        }
        return previous == 0x0A
    }
}
