/// A node in an SVG tree: an element or character data.
public enum SVGNode: Sendable, Equatable {
    /// A child element.
    case element(SVGElement)
    /// Character data, escaped on output.
    case text(String)
}

/// An SVG element: name, ordered attributes, class names (written only in the inline flavour) and children.
public struct SVGElement: Sendable, Equatable {
    /// The element name, e.g. `rect`.
    public var name: String
    /// Attributes in output order.
    public var attributes: [SVGAttribute]
    /// Class names for page CSS; written only when rendering the inline flavour.
    public var classes: [String]
    /// Child nodes.
    public var children: [SVGNode]

    /// Creates an element.
    public init(_ name: String, _ attributes: [SVGAttribute] = [], classes: [String] = [], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes
        self.classes = classes
        self.children = children
    }

    /// Creates an element whose children are all elements.
    public init(_ name: String, _ attributes: [SVGAttribute] = [], classes: [String] = [], elements: [SVGElement]) {
        self.init(name, attributes, classes: classes, children: elements.map(SVGNode.element))
    }

    /// A group carrying shared attributes for its children.
    public static func group(_ attributes: [SVGAttribute] = [], classes: [String] = [], _ elements: [SVGElement]) -> SVGElement {
        SVGElement("g", attributes, classes: classes, elements: elements)
    }

    /// A `<text>` element at (x, y); `title` adds a tooltip child, used when the text was shortened.
    public static func text(
        _ content: String, x: Double, y: Double, _ attributes: [SVGAttribute] = [],
        classes: [String] = [], title: String? = nil
    ) -> SVGElement {
        var children: [SVGNode] = []
        if let title { children.append(.element(SVGElement("title", children: [.text(title)]))) }
        children.append(.text(content))
        return SVGElement("text", [.init("x", x), .init("y", y)] + attributes, classes: classes, children: children)
    }

    /// A `<path>` element.
    public static func path(_ data: PathData, _ attributes: [SVGAttribute] = [], classes: [String] = []) -> SVGElement {
        SVGElement("path", [.init("d", path: data)] + attributes, classes: classes)
    }

    /// A `<rect>` element; negative sizes are flipped so the rectangle is always valid.
    public static func rect(
        x: Double, y: Double, width: Double, height: Double, _ attributes: [SVGAttribute] = [], classes: [String] = []
    ) -> SVGElement {
        SVGElement(
            "rect",
            [
                .init("x", min(x, x + width)), .init("y", min(y, y + height)),
                .init("width", abs(width)), .init("height", abs(height)),
            ] + attributes,
            classes: classes)
    }

    /// A `<line>` element.
    public static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, _ attributes: [SVGAttribute] = [], classes: [String] = []
    ) -> SVGElement {
        SVGElement(
            "line", [.init("x1", x1), .init("y1", y1), .init("x2", x2), .init("y2", y2)] + attributes, classes: classes)
    }

    /// A `<circle>` element.
    public static func circle(
        cx: Double, cy: Double, r: Double, _ attributes: [SVGAttribute] = [], classes: [String] = []
    ) -> SVGElement {
        SVGElement("circle", [.init("cx", cx), .init("cy", cy), .init("r", r)] + attributes, classes: classes)
    }
}
