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

    private static func isInline(_ name: String) -> Bool {
        name == "text" || name == "tspan" || name == "title" || name == "desc"
    }

    private func write(_ element: SVGElement, into out: inout String) {
        let start = out.unicodeScalars.endIndex
        out += "<"
        out += element.name
        guard writeAttributes(of: element, into: &out) else {
            out.unicodeScalars.removeSubrange(start...)  // by scalar: a Character could straddle the cut
            return
        }
        if element.children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        let isInline = Self.isInline(element.name)
        for child in element.children {
            switch child {
            case .text(let text):
                out += XMLText.escapeText(text)
            case .element(let child):
                if isInline {
                    write(child, into: &out)
                } else {
                    // The line break goes before the child only when the child is written.
                    let mark = out.utf8.count
                    out += "\n"
                    write(child, into: &out)
                    if out.utf8.count == mark + 1 { out.unicodeScalars.removeLast() }
                }
            }
        }
        if !isInline { out += "\n" }
        out += "</"
        out += element.name
        out += ">"
    }

    /// Appends ` name="value"` for each attribute; false when one holds a non-finite number or an invalid path.
    private func writeAttributes(of element: SVGElement, into out: inout String) -> Bool {
        for attribute in element.attributes {
            guard let value = attribute.serialized else { return false }
            out += " "
            out += attribute.name
            out += "=\""
            out += value
            out += "\""
        }
        if flavor == .inline, !element.classes.isEmpty {
            out += " class=\""
            out += XMLText.escapeAttribute(element.classes.joined(separator: " "))
            out += "\""
        }
        return true
    }
}
