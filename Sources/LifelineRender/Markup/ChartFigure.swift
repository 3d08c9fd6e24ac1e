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
        let body = Self.withoutBlankLines(svg)
        return "<figure id=\"\(id)\">\n\(body)\n<figcaption><span class=\"label\">\(label).</span> \(caption.html)</figcaption>\n</figure>"
    }

    /// `text` without empty lines or line feeds at either end. The SVGs Lifeline writes have no empty line and one
    /// line feed at the end, so that is all that is looked for; anything else (or a carriage return, which joins a
    /// line feed into one character) is split into lines.
    static func withoutBlankLines(_ text: String) -> String {
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            if byte == 0x0D || (byte == 0x0A && previous == 0x0A) {
                return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
            }
            previous = byte
        }
        return previous == 0x0A && !text.isEmpty ? String(text.utf8.dropLast())! : text
    }
}
