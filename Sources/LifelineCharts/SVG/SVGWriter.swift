/// Serialises an `SVGElement` tree to text.
///
/// One element per line, no indentation; text-like elements are written on one line so no
/// whitespace leaks into labels. An element with a non-finite number or an invalid path is
/// dropped together with its children, so NaN and infinity never reach the output.
public struct SVGWriter: Sendable {
    /// Standalone output starts with an XML declaration; inline output writes class names.
    public var flavor: SVGFlavor

    /// Creates a writer for `flavor`.
    public init(flavor: SVGFlavor) {
        self.flavor = flavor
    }

    /// The whole document, ending with a newline.
    public func document(_ root: SVGElement) -> String {
        var out = flavor == .standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        write(root, into: &out)
        out += "\n"
        return out
    }

    /// One element and its children, without a declaration.
    public func fragment(_ element: SVGElement) -> String {
        var out = ""
        write(element, into: &out)
        return out
    }

    private static let inlineElements: Set<String> = ["text", "tspan", "title", "desc"]

    private func write(_ element: SVGElement, into out: inout String) {
        guard let attributes = serializedAttributes(of: element) else { return }
        out += "<" + element.name + attributes
        if element.children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        let isInline = Self.inlineElements.contains(element.name)
        for child in element.children {
            switch child {
            case .text(let text):
                out += XMLText.escapeText(text)
            case .element(let child):
                var text = ""
                write(child, into: &text)
                if !isInline, !text.isEmpty { out += "\n" }
                out += text
            }
        }
        if !isInline { out += "\n" }
        out += "</" + element.name + ">"
    }

    private func serializedAttributes(of element: SVGElement) -> String? {
        var text = ""
        for attribute in element.attributes {
            guard let value = attribute.serialized else { return nil }
            text += " " + attribute.name + "=\"" + value + "\""
        }
        if flavor == .inline, !element.classes.isEmpty {
            text += " class=\"" + XMLText.escapeAttribute(element.classes.joined(separator: " ")) + "\""
        }
        return text
    }
}
