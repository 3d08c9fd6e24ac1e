/// Horizontal alignment of text around its x position.
public enum TextAnchor: String, Sendable, Hashable {
    /// Text starts at x.
    case start
    /// Text is centred on x.
    case middle
    /// Text ends at x.
    case end

    /// The `text-anchor` attribute.
    var attribute: SVGAttribute { SVGAttribute("text-anchor", rawValue) }
}
