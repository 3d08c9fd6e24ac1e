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
    ///
    /// Each heading gets an `id`. cmark 0.30 cannot write one, so a custom inline node at the start of each
    /// heading writes a marker, and one pass over cmark's output turns each `<hN>` + marker into `<hN id="…">`.
    /// If the Markdown itself holds the marker, the output has more markers than headings; then each heading is
    /// rendered on its own instead, which costs more.
    public static func render(_ markdown: String) -> Rendered {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift String is valid UTF-8 by construction.
        let options = CMARK_OPT_UNSAFE
        guard let document = parse(markdown, options: options) else { return Rendered(html: "", headings: []) }
        defer { cmark_node_free(document) }
        let nodes = headingNodes(in: document)
        let headings = describe(nodes)
        for node in nodes {
            guard let mark = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(mark, headingMarker)
            cmark_node_set_on_exit(mark, "")
            cmark_node_prepend_child(node, mark)
        }
        if let html = cmark_render_html(document, options) {
            defer { free(html) }
            if let marked = insertIDs(into: html, headings: headings) { return Rendered(html: marked, headings: headings) }
        }
        // The slow way: a fresh tree, each heading replaced by an HTML block with its id.
        guard let fresh = parse(markdown, options: options) else { return Rendered(html: "", headings: headings) }
        defer { cmark_node_free(fresh) }
        replaceHeadings(in: fresh, headings: headings, options: options)
        guard let html = cmark_render_html(fresh, options) else { return Rendered(html: "", headings: headings) }
        defer { free(html) }
        return Rendered(html: String(cString: html), headings: headings)
    }

    /// The headings of `markdown` and their ids, without rendering.
    public static func headings(in markdown: String) -> [Heading] {
        guard let document = parse(markdown, options: CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        return describe(headingNodes(in: document))
    }

    /// What the custom inline node writes at the start of each heading: a tag, so that cmark's output holds it
    /// only where the node put it or where the Markdown itself had it (text escapes `<`).
    static let headingMarker = "<lifeline-heading-id>"

    private static func parse(_ markdown: String, options: Int32) -> OpaquePointer? {
        markdown.withCString { cmark_parse_document($0, strlen($0), options) }
    }

    /// Level, plain text and unique id of each heading node.
    private static func describe(_ nodes: [OpaquePointer]) -> [Heading] {
        var slugs = SlugSet()
        return nodes.map { node in
            let text = plainText(of: node)
            return Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: slugs.unique(text))
        }
    }

    /// cmark's output with each `<hN>` + marker written as `<hN id="…">`, in document order; nil unless there
    /// is exactly one marker per heading, each right after its opening tag.
    private static func insertIDs(into html: UnsafeMutablePointer<CChar>, headings: [Heading]) -> String? {
        let length = strlen(html)
        let markerLength = headingMarker.utf8.count
        // Where each marker starts, and the attribute that replaces it with the tag's closing ">".
        var cuts: [(offset: Int, attribute: String)] = []
        cuts.reserveCapacity(headings.count)
        var from = 0
        for heading in headings {
            guard let hit = strstr(html + from, headingMarker) else { return nil }
            let found = hit - html
            let open = "<h\(heading.level)>"
            guard found >= open.utf8.count, strncmp(html + found - open.utf8.count, open, open.utf8.count) == 0 else { return nil }
            cuts.append((found, " id=\"" + HTMLText.escape(heading.id) + "\">"))
            from = found + markerLength
        }
        guard strstr(html + from, headingMarker) == nil else { return nil }
        guard !cuts.isEmpty else { return String(cString: html) }
        let size = length + cuts.reduce(0) { $0 + $1.attribute.utf8.count - markerLength - 1 }
        // Written straight into the string's storage: one copy of cmark's output.
        return String(unsafeUninitializedCapacity: size) { buffer in
            let source = UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self)
            var written = 0, copied = 0
            func put(_ start: UnsafePointer<UInt8>, _ count: Int) {
                (buffer.baseAddress! + written).update(from: start, count: count)
                written += count
            }
            for cut in cuts {
                put(source + copied, cut.offset - 1 - copied)  // up to the ">" of "<hN>"
                var attribute = cut.attribute
                attribute.withUTF8 { put($0.baseAddress!, $0.count) }
                copied = cut.offset + markerLength
            }
            put(source + copied, length - copied)
            return written
        }
    }

    /// Replaces each heading node with an HTML block holding the same heading with its id (from `headings`, in
    /// the same order).
    private static func replaceHeadings(in document: OpaquePointer, headings: [Heading], options: Int32) {
        for (node, heading) in zip(headingNodes(in: document), headings) {
            guard let rendered = cmark_render_html(node, options) else { continue }
            let html = String(cString: rendered)
            free(rendered)
            let open = "<h\(heading.level)>"
            guard html.hasPrefix(open) else { continue }
            let withID = "<h\(heading.level) id=\"\(HTMLText.escape(heading.id))\">" + html.dropFirst(open.count)
            guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            cmark_node_set_literal(block, withID)
            cmark_node_insert_before(node, block)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
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
