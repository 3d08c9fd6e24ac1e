// The invariants the escaping fuzz target checks on every input (see ../../README.md).
import Foundation
import LifelineCharts
import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

enum EscapingInvariants {
    /// Every invariant broken by `text`, as messages; empty when all hold.
    static func violations(_ text: String) -> [String] {
        var problems: [String] = []
        problems += markdown(text)
        problems += html(text)
        problems += xmlText(text)
        problems += xmlAttribute(text)
        problems += links(text)
        problems += bidi(text)
        return problems
    }

    // MARK: Markdown

    static let forbiddenInHTML = [
        "<script", "<img", "<a ", "<a>", "<em>", "<strong>", "<code>", "<pre",
        "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<li>", "<ul>", "<ol", "<blockquote>",
        "<hr", "<table", "<del>", "<br",
    ]

    /// The escaped text, rendered alone and inside a sentence, is one plain paragraph: no markup and no raw `<`.
    static func markdown(_ text: String) -> [String] {
        let escaped = MarkdownText.escape(text)
        var problems: [String] = []
        for (context, markdown) in [("alone", escaped), ("in a sentence", "Before " + escaped + " after.")] {
            let html = CommonMark.render(markdown).html
            // Bytes, not Characters: a combining mark after the data's first byte would otherwise join the
            // wrapper's ">" into one Character and hide it from hasPrefix.
            var inner = Array(html.utf8)[...]
            if inner.starts(with: Array("<p>".utf8)) { inner = inner.dropFirst(3) }
            if inner.reversed().starts(with: Array("</p>\n".utf8).reversed()) { inner = inner.dropLast(5) }
            for tag in forbiddenInHTML where html.contains(tag) {
                problems.append("Markdown \(context): \(tag) in \(html.debugDescription)")
            }
            if inner.contains(UInt8(ascii: "<")) || inner.contains(UInt8(ascii: ">")) {
                problems.append("Markdown \(context): raw < or > in \(html.debugDescription)")
            }
        }
        return problems
    }

    // MARK: HTML

    static let htmlEntities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]

    /// No markup characters, and every `&` starts an entity the escaper wrote.
    static func html(_ text: String) -> [String] {
        let escaped = HTMLText.escape(text)
        var problems: [String] = []
        // Bytes, not Characters: a combining mark after `;` or `>` joins it into one Character.
        let bytes = Array(escaped.utf8)
        if bytes.contains(where: { "<>\"'".utf8.contains($0) }) {
            problems.append("HTML: markup character in \(escaped.debugDescription)")
        }
        var index = 0
        while let amp = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
            guard let entity = htmlEntities.first(where: { bytes[amp...].starts(with: Array($0.utf8)) }) else {
                problems.append("HTML: raw & in \(escaped.debugDescription)")
                break
            }
            index = amp + entity.utf8.count
        }
        return problems
    }

    // MARK: SVG (XML)

    /// What an XML text node or attribute should read back as: the sanitized text with open
    /// bidirectional controls closed.
    static func expectedXML(_ text: String) -> String { BidiText.balanced(XMLText.sanitize(text)) }

    static func xmlText(_ text: String) -> [String] {
        readsBack(text, as: "XML text", escaped: XMLText.escapeText(text), in: { "<t>" + $0 + "</t>" }, value: \.text)
    }

    static func xmlAttribute(_ text: String) -> [String] {
        readsBack(text, as: "XML attribute", escaped: XMLText.escapeAttribute(text), in: { "<t a=\"" + $0 + "\"/>" }, value: \.attribute)
    }

    /// Problems with `escaped` (the escaped form of `text`), placed in a small document by `document`: it must
    /// parse, and the value at `value` must read back as the expected text.
    private static func readsBack(
        _ text: String, as what: String, escaped: String, in document: (String) -> String,
        value: KeyPath<XMLReadBack, String>
    ) -> [String] {
        guard let parsed = XMLReadBack.parse(document(escaped)) else { return ["\(what): does not parse: \(escaped.debugDescription)"] }
        let expected = expectedXML(text)
        let found = parsed[keyPath: value]
        return found == expected ? [] : ["\(what): reads back as \(found.debugDescription), not \(expected.debugDescription)"]
    }

    // MARK: Links

    /// After entity decoding and the removal of whitespace and control characters (as browsers do),
    /// no link destination starts with a script or data scheme, or with two slashes (another host).
    static func links(_ text: String) -> [String] {
        var problems: [String] = []
        let markdown = "[x](" + MarkdownText.markdownLinkDestination(text) + ")"
        let html = CommonMark.render(markdown).html
        if let start = html.range(of: "href=\""), let end = html[start.upperBound...].firstIndex(of: "\"") {
            let href = String(html[start.upperBound..<end])
            if isDangerous(decodeEntities(href)) {
                problems.append("Markdown link: \(href.debugDescription) from \(text.debugDescription)")
            }
        }
        let direct = HTMLText.escape(MarkdownText.linkDestination(text))
        if isDangerous(decodeEntities(direct)) { problems.append("HTML link: \(direct.debugDescription) from \(text.debugDescription)") }
        return problems
    }

    static func isDangerous(_ url: String) -> Bool {
        let squeezed = String(
            String.UnicodeScalarView(
                url.unicodeScalars.filter {
                    !($0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value))
                })
        ).lowercased()
        // Bytes, not Characters: a combining mark after ":" would hide the prefix from hasPrefix.
        if ["javascript:", "data:", "vbscript:"].contains(where: { squeezed.utf8.starts(with: $0.utf8) }) { return true }
        // Two slashes (either way round) leave the page for another host. Read as a browser's URL parser reads it:
        // tabs and line breaks removed anywhere, leading C0 controls and spaces dropped.
        var bytes = Array(url.utf8).filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }[...]
        while let first = bytes.first, first <= 0x20 { bytes = bytes.dropFirst() }
        let slashes: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: "\\")]
        return bytes.count >= 2 && slashes.contains(bytes[bytes.startIndex]) && slashes.contains(bytes[bytes.startIndex + 1])
    }

    /// Decodes the entities an HTML writer produces: named `&amp; &lt; &gt; &quot; &apos; &colon; &tab; &newline;`
    /// and numeric ones.
    static func decodeEntities(_ text: String) -> String {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[rest.index(after: amp)...]
            if let semi = tail.prefix(12).firstIndex(of: ";") {
                let name = tail[..<semi]
                var decoded: String?
                if let value = named[name.lowercased()] {
                    decoded = value
                } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let n = UInt32(name.dropFirst(2), radix: 16),
                    let s = Unicode.Scalar(n)
                {
                    decoded = String(s)
                } else if name.hasPrefix("#"), let n = UInt32(name.dropFirst()), let s = Unicode.Scalar(n) {
                    decoded = String(s)
                }
                if let decoded {
                    out += decoded
                    rest = tail[tail.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = tail
        }
        out += rest
        return out
    }

    // MARK: Bidi

    /// The text is kept as a prefix and nothing is left open at the end.
    static func bidi(_ text: String) -> [String] {
        let balanced = BidiText.balanced(text)
        var problems: [String] = []
        if !balanced.unicodeScalars.starts(with: text.unicodeScalars) { problems.append("Bidi: input not kept") }
        var open: [Bool] = []
        for scalar in balanced.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E: open.append(false)
            case 0x2066, 0x2067, 0x2068: open.append(true)
            case 0x202C where open.last == false: open.removeLast()
            case 0x2069: if let isolate = open.lastIndex(of: true) { open.removeSubrange(isolate...) }
            default: break
            }
        }
        if !open.isEmpty { problems.append("Bidi: \(open.count) left open in \(balanced.debugDescription)") }
        return problems
    }
}

/// Reads back the text content and the `a` attribute of a one-element XML document.
final class XMLReadBack: NSObject, XMLParserDelegate {
    var text = ""
    var attribute = ""

    static func parse(_ document: String) -> XMLReadBack? {
        let reader = XMLReadBack()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        attribute = attributeDict["a"] ?? ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
