import Foundation
import LifelineCharts

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses an SVG with Foundation's XMLParser and keeps what the tests check: elements with their
/// inherited font settings, ids, and an estimate of where each line of text lands.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    struct TextBox: CustomStringConvertible {
        var text: String
        var minX: Double, maxX: Double, minY: Double, maxY: Double
        var description: String { "\"\(text)\" x \(Int(minX))…\(Int(maxX)) y \(Int(minY))…\(Int(maxY))" }

        func overlaps(_ other: TextBox) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    private(set) var elements: [Element] = []
    private(set) var texts: [TextBox] = []
    private(set) var parseError: Error?
    private var inherited: [[String: String]] = [[:]]
    private var currentText: (attributes: [String: String], content: String, rotated: Bool)?
    private var lineStarts: [(x: Double, y: Double, anchor: String, size: Double, bold: Bool)] = []
    private var titleDepth = 0

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { parseError = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    var root: Element? { elements.first }
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }

    /// Pairs of text lines whose estimated boxes overlap.
    var overlappingTexts: [(TextBox, TextBox)] {
        var pairs: [(TextBox, TextBox)] = []
        for (index, box) in texts.enumerated() {
            for other in texts[(index + 1)...] where box.overlaps(other) { pairs.append((box, other)) }
        }
        return pairs
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        var context = inherited.last ?? [:]
        for key in ["font-size", "text-anchor", "font-weight"] { if let value = attributes[key] { context[key] = value } }
        inherited.append(context)
        switch name {
        case "title": titleDepth += 1
        case "text":
            currentText = (context.merging(attributes) { $1 }, "", attributes["transform"] != nil)
            lineStarts = []
            if let x = Double(attributes["x"] ?? ""), let y = Double(attributes["y"] ?? "") { lineStarts.append(line(x, y, context)) }
        case "tspan":
            if let x = Double(attributes["x"] ?? ""), let y = Double(attributes["y"] ?? "") {
                flushLine()
                lineStarts.append(line(x, y, context))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if titleDepth == 0, currentText != nil { currentText?.content += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inherited.removeLast()
        switch name {
        case "title": titleDepth -= 1
        case "text":
            flushLine()
            currentText = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) { parseError = error }

    private func line(_ x: Double, _ y: Double, _ context: [String: String]) -> (Double, Double, String, Double, Bool) {
        (x, y, context["text-anchor"] ?? "start", Double(context["font-size"] ?? "") ?? 0, context["font-weight"] == "bold")
    }

    /// Ends the current line of text: estimates its box from the shared width table.
    private func flushLine() {
        guard let text = currentText, let start = lineStarts.popLast(), !text.rotated else {
            currentText?.content = ""
            return
        }
        let content = text.content
        currentText?.content = ""
        guard !content.isEmpty else { return }
        let width = TextMeasure.width(content, size: start.size, bold: start.bold)
        let minX = start.anchor == "middle" ? start.x - width / 2 : start.anchor == "end" ? start.x - width : start.x
        texts.append(
            TextBox(
                text: content, minX: minX, maxX: minX + width,
                minY: start.y - start.size * 0.75, maxY: start.y + start.size * 0.2))
    }
}
