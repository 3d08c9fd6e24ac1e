import Foundation
import CCmark

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
    /// Each heading gets an `id` by walking cmark's node tree.
    public static func render(_ markdown: String) -> Rendered {
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return Rendered(html: "", headings: [])
        }
        defer { cmark_node_free(document) }
        let headings = assignHeadingIDs(in: document, options: options)
        guard let html = cmark_render_html(document, options) else { return Rendered(html: "", headings: headings) }
        defer { free(html) }
        return Rendered(html: String(cString: html), headings: headings)
    }

    /// The headings of `markdown` and their ids, without rendering.
    public static func headings(in markdown: String) -> [Heading] {
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return [] }
        defer { cmark_node_free(document) }
        var slugs = SlugSet()
        return headingNodes(in: document).map { node in
            let text = plainText(of: node)
            return Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: slugs.unique(text))
        }
    }

    /// Replaces each heading node with an HTML block holding the same heading with an `id`.
    private static func assignHeadingIDs(in document: OpaquePointer, options: Int32) -> [Heading] {
        var slugs = SlugSet()
        var headings: [Heading] = []
        for node in headingNodes(in: document) {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(of: node)
            let id = slugs.unique(text)
            headings.append(Heading(level: level, text: text, id: id))
            guard let rendered = cmark_render_html(node, options) else { continue }
            let html = String(cString: rendered)
            free(rendered)
            let open = "<h\(level)>"
            guard html.hasPrefix(open) else { continue }
            let withID = "<h\(level) id=\"\(HTMLText.escape(id))\">" + html.dropFirst(open.count)
            guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            cmark_node_set_literal(block, withID)
            cmark_node_insert_before(node, block)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return headings
    }

    private static func headingNodes(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { nodes.append(node) }
        }
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
