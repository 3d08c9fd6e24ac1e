import CCmark
import Foundation

/// Markdown to HTML through libcmark, with ids on headings so that a table of contents can link to them.
public enum CommonMark {
    /// A heading found in the document: its level, its plain text and the id it was given.
    public struct Heading: Sendable, Equatable {
        /// 1 for `#`, 2 for `##`, …
        public var level: Int
        /// The heading's text without markup.
        public var text: String
        /// The anchor id: GitHub's slug of the text, made unique with `-1`, `-2`, …
        public var id: String
    }

    /// The document rendered to HTML, and its headings in order.
    public struct Rendered: Sendable {
        /// The HTML body (no `<html>` wrapper).
        public var html: String
        /// Every heading, in document order.
        public var headings: [Heading]
    }

    /// Parses `markdown` and renders it to HTML.
    ///
    /// Raw HTML in the Markdown is kept (`CMARK_OPT_UNSAFE`): the report's Markdown carries its tables
    /// and inline SVG charts as HTML blocks, because Debian's libcmark has no table extension. Data never
    /// reaches the Markdown unescaped, so the only raw HTML is what Lifeline itself writes.
    ///
    /// Each heading gets an `id`. cmark 0.30 cannot write one, so each heading node is swapped for custom nodes
    /// that hold the same children and write the same tags with the id (see ``giveID(_:to:)``); cmark then writes
    /// the final HTML itself, whatever the Markdown holds.
    public static func render(_ markdown: String) -> Rendered {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift String is valid UTF-8 by construction.
        let options = CMARK_OPT_UNSAFE
        guard let document = parse(markdown, options: options) else { return Rendered(html: "", headings: []) }
        defer { cmark_node_free(document) }
        let nodes = headingNodes(in: document)
        let headings = describe(nodes)
        for (node, heading) in zip(nodes, headings) { giveID(heading, to: node) }
        guard let html = cmark_render_html(document, options) else { return Rendered(html: "", headings: headings) }
        defer { free(html) }
        return Rendered(html: String(cString: html), headings: headings)
    }

    /// The headings of `markdown` and their ids, without rendering.
    public static func headings(in markdown: String) -> [Heading] {
        guard let document = parse(markdown, options: CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        return describe(headingNodes(in: document))
    }

    /// Parses the whole of `markdown`, given to cmark by its byte count: cmark turns a NUL into U+FFFD and reads
    /// on (CommonMark §2.3), where a length taken with `strlen` would end the document at the NUL.
    static func parse(_ markdown: String, options: Int32) -> OpaquePointer? {
        var text = markdown
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                guard let start = characters.baseAddress else { return cmark_parse_document("", 0, options) }
                return cmark_parse_document(start, characters.count, options)
            }
        }
    }

    /// Level, plain text and unique id of each heading node.
    private static func describe(_ nodes: [OpaquePointer]) -> [Heading] {
        var slugs = SlugSet()
        return nodes.map { node in
            let text = plainText(of: node)
            return Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: slugs.unique(text))
        }
    }

    /// Replaces the heading `node` with a custom block holding a custom inline that holds the heading's children
    /// and writes `<hN id="…">` and `</hN>` around them. cmark starts and ends the block on a line of its own, as
    /// it does a heading, and writes nothing for it but those line breaks: the HTML differs from plain cmark's by
    /// the id alone.
    private static func giveID(_ heading: Heading, to node: OpaquePointer) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let tags = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return cmark_node_free(block) }
        cmark_node_set_on_enter(tags, "<h\(heading.level) id=\"\(HTMLText.escape(heading.id))\">")
        cmark_node_set_on_exit(tags, "</h\(heading.level)>")
        cmark_node_append_child(block, tags)
        // A custom inline may hold any inline, and a custom block stand wherever a heading stands, so every call
        // below succeeds; the checks only keep a refusal from looping or from losing the heading.
        while let child = cmark_node_first_child(node), cmark_node_append_child(tags, child) == 1 {}
        guard cmark_node_first_child(node) == nil, cmark_node_replace(node, block) == 1 else {
            while let child = cmark_node_first_child(tags), cmark_node_append_child(node, child) == 1 {}
            cmark_node_free(block)
            return
        }
        cmark_node_free(node)
    }

    /// Every heading, in document order. Only container blocks (the document, block quotes, lists, items) are
    /// entered: a heading never sits inside a paragraph, so the inline nodes, most of the tree, are never visited.
    private static func headingNodes(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        func visit(_ parent: OpaquePointer) {
            var child = cmark_node_first_child(parent)
            while let node = child {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING: nodes.append(node)
                case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK: visit(node)
                default: break
                }
                child = cmark_node_next(node)
            }
        }
        visit(document)
        return nodes
    }

    /// The text content of a node: its text and code literals, with breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
