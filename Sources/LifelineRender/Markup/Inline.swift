/// A small piece of inline text that Lifeline writes into both Markdown and HTML: plain text from
/// data (always escaped), a link, or emphasis. Tables, captions and citations are built from these,
/// so that one value renders correctly in each format.
public enum Inline: Sendable, Equatable {
    /// Text shown exactly as given.
    case text(String)
    /// A link; `target` is a `#fragment`, a relative path or an http(s) URL.
    case link([Inline], target: String)
    /// Emphasised text.
    case emphasis([Inline])

    /// The inline as Markdown, every data character escaped.
    public var markdown: String {
        switch self {
        case .text(let text): MarkdownText.escape(text)
        case .link(let content, let target): "[\(content.markdown)](\(MarkdownText.markdownLinkDestination(target)))"
        case .emphasis(let content): "*\(content.markdown)*"
        }
    }

    /// The inline as HTML, every data character escaped.
    public var html: String {
        switch self {
        case .text(let text): HTMLText.escape(Self.oneLine(text))
        case .link(let content, let target): "<a href=\"\(HTMLText.escape(MarkdownText.linkDestination(target)))\">\(content.html)</a>"
        case .emphasis(let content): "<em>\(content.html)</em>"
        }
    }

    /// `text` with each run of line breaks replaced by a space (and none at either end). Text without a line break,
    /// almost all of it, is returned as it is without splitting it into characters.
    static func oneLine(_ text: String) -> String {
        var bytes = text.utf8.makeIterator()
        var previous: UInt8 = 0
        var breaks = false
        while let byte = bytes.next() {
            // \n \v \f \r; U+0085 (C2 85); U+2028, U+2029 (E2 80 A8, E2 80 A9).
            if (0x0A...0x0D).contains(byte) || (previous == 0xC2 && byte == 0x85) || (previous == 0x80 && (byte == 0xA8 || byte == 0xA9)) {
                breaks = true
                break
            }
            previous = byte
        }
        return breaks ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }

    /// The visible text without markup.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .link(let content, _), .emphasis(let content): content.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The pieces as Markdown, joined.
    public var markdown: String { map(\.markdown).joined() }
    /// The pieces as HTML, joined.
    public var html: String { map(\.html).joined() }
    /// The visible text, joined.
    public var plainText: String { map(\.plainText).joined() }
}
