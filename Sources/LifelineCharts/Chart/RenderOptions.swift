/// How to render a chart beyond its theme.
public struct RenderOptions: Sendable, Hashable {
    /// Standalone file or inline in HTML.
    public var flavor: SVGFlavor
    /// Draw the title and subtitle inside the image (they are always in `<title>` for assistive technology).
    public var showsTitle: Bool
    /// Draw the caption (the note under the chart), e.g. off where a page already prints it beside the image.
    public var showsCaption: Bool

    /// Creates options.
    public init(flavor: SVGFlavor = .standalone, showsTitle: Bool = true, showsCaption: Bool = true) {
        self.flavor = flavor
        self.showsTitle = showsTitle
        self.showsCaption = showsCaption
    }

    /// A standalone `.svg` file with its title drawn.
    public static let standalone = RenderOptions(flavor: .standalone)
    /// Inline in an HTML page, with class names for page CSS, title drawn.
    public static let inline = RenderOptions(flavor: .inline)
}
