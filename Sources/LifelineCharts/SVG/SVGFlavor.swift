/// How a chart's SVG will be used.
public enum SVGFlavor: Sendable, Hashable {
    /// A file of its own (for slides, Illustrator, Inkscape): XML declaration, presentation attributes only.
    case standalone
    /// Embedded in an HTML page: no XML declaration, and class names on elements so page CSS can restyle them.
    case inline
}
