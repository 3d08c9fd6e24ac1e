import CCmark
import Foundation

/// The report's Markdown (report.md) as the body of a Word document, by walking libcmark's tree: headings with
/// bookmarks, paragraphs, lists, block quotes, links to bookmarks, the charts as pictures, the pipe tables as Word
/// tables with measured column widths, and "Figure N" and "Table N" as caption paragraphs with `SEQ` fields.
/// Every word comes from the Markdown; this type adds structure only.
struct WordBody {
    /// A picture the body places, for the package to add: the chart's SVG path in the report and its part names.
    struct Picture {
        /// E.g. `charts/annual-flow.svg`.
        var path: String
        /// E.g. `annual-flow`: the media files are `word/media/annual-flow.png` and `.svg`.
        var name: String
        /// Relationship ids of the PNG and of the SVG.
        var pngRelationship: String, svgRelationship: String
    }

    /// A list instance in numbering.xml: bulleted, or numbered from `start`.
    struct ListInstance: Equatable {
        /// Numbered (decimal) rather than bulleted.
        var ordered: Bool
        /// The first number of an ordered list.
        var start: Int
    }

    /// The Markdown's lines, for the pipe tables, which cmark without the table extension reads as paragraphs.
    let lines: [Substring]
    /// Every heading's id, in document order.
    private let headingIDs: [String]
    /// Bookmark names of every anchor and heading id.
    let bookmarks: WordBookmarks
    /// Each chart SVG by its path, for its size.
    private let svgs: [String: String]
    /// The width between the margins, in twentieths of a point.
    let textWidth: Int

    /// The body XML, paragraph by paragraph.
    var xml = ""
    /// Pictures in the order they appear.
    private(set) var pictures: [Picture] = []
    /// External link targets, by relationship id order (`rIdLink1`, …).
    private(set) var externalLinks: [String] = []
    /// The list instances numbering.xml must declare; `w:numId` is the index plus one.
    private(set) var lists: [ListInstance] = []

    private var headingIndex = 0
    private var placedBookmarks = Set<String>()
    private var bookmarkCounter = 0
    /// How many lists enclose the current block.
    private var listDepth = 0
    /// The current run format while inlines are walked.
    private var bold = 0, italic = 0, code = 0
    /// The current link's opening tag, if inside one.
    private var inLink = false
    /// The figure's anchor id when the last block was a chart, so that the next paragraph is its caption.
    private var figureBefore: String?

    /// Reads `markdown`; `svgs` are the chart files by path (e.g. `charts/annual-flow.svg`).
    init(markdown: String, svgs: [String: String], textWidth: Int) {
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        headingIDs = CommonMark.headings(in: markdown).map(\.id)
        bookmarks = WordBookmarks(ids: headingIDs + Self.anchorIDs(in: markdown))
        self.svgs = svgs
        self.textWidth = textWidth
        guard let document = CommonMark.parse(markdown, options: CMARK_OPT_DEFAULT) else { return }
        defer { cmark_node_free(document) }
        blocks(of: document, style: "BodyText", list: nil)
    }

    /// Every `id` of `<a id="…"></a>` in `markdown`.
    static func anchorIDs(in markdown: String) -> [String] {
        var ids: [String] = []
        var rest = markdown[...]
        while let open = rest.range(of: "<a id=\"") {
            guard let close = rest[open.upperBound...].firstIndex(of: "\"") else { break }
            ids.append(String(rest[open.upperBound..<close]))
            rest = rest[close...]
        }
        return ids
    }

    /// The anchor id of an inline `<a id="…"></a>` node, if it is one.
    private static func anchorID(of node: OpaquePointer) -> String? {
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(node) else { return nil }
        return anchorIDs(in: String(cString: literal)).first
    }

    // MARK: Blocks

    /// The children of `parent` as paragraphs in `style`; `list` numbers the first paragraph of a list item.
    private mutating func blocks(of parent: OpaquePointer, style: String, list: (id: Int, level: Int)?) {
        var child = cmark_node_first_child(parent)
        var numbered = list
        while let node = child {
            block(node, style: style, list: numbered)
            numbered = nil
            child = cmark_node_next(node)
        }
    }

    private mutating func block(_ node: OpaquePointer, style: String, list: (id: Int, level: Int)?) {
        let caption = figureBefore
        figureBefore = nil
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            let id = headingIndex < headingIDs.count ? headingIDs[headingIndex] : nil
            headingIndex += 1
            xml += "<w:p><w:pPr><w:pStyle w:val=\"\(level == 1 ? "Title" : "Heading\(min(level - 1, 4))")\"/></w:pPr>"
            if let id { bookmark(id) }
            inlines(of: node)
            xml += "</w:p>"
        case CMARK_NODE_PARAGRAPH:
            if table(node) { return }
            paragraph(node, style: style, list: list, figureCaption: caption)
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let instance = ListInstance(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1)
            let id: Int
            if !ordered, let bullets = lists.firstIndex(of: instance) { id = bullets + 1 } else { lists.append(instance); id = lists.count }
            let level = min(listDepth, 2)
            listDepth += 1
            var item = cmark_node_first_child(node)
            while let current = item {
                blocks(of: current, style: "ListParagraph", list: (id, level))
                item = cmark_node_next(current)
            }
            listDepth -= 1
        case CMARK_NODE_BLOCK_QUOTE:
            blocks(of: node, style: "BlockText", list: nil)
        case CMARK_NODE_CODE_BLOCK:
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            for line in literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast(literal.hasSuffix("\n") ? 1 : 0) {
                xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/><w:spacing w:after=\"0\"/></w:pPr>"
                xml +=
                    "<w:r><w:rPr><w:rStyle w:val=\"VerbatimChar\"/></w:rPr><w:t xml:space=\"preserve\">\(WordXML.escape(String(line)))</w:t></w:r></w:p>"
            }
        case CMARK_NODE_THEMATIC_BREAK:
            xml +=
                "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr></w:pPr></w:p>"
        default:
            // HTML blocks: Lifeline's own Markdown has none (its only raw HTML is inline anchors).
            break
        }
    }

    /// A paragraph: a chart (an anchor and an image), a caption (a chart's, after it, or a table's, holding the
    /// table's anchor), or text.
    private mutating func paragraph(_ node: OpaquePointer, style: String, list: (id: Int, level: Int)?, figureCaption: String?) {
        var anchors: [String] = [], hasImage = false
        var child = cmark_node_first_child(node)
        while let current = child {
            if let id = Self.anchorID(of: current) { anchors.append(id) }
            if cmark_node_get_type(current) == CMARK_NODE_IMAGE { hasImage = true }
            child = cmark_node_next(current)
        }
        let firstIsStrong = Self.firstVisibleChild(of: node).map { cmark_node_get_type($0) == CMARK_NODE_STRONG } ?? false
        let tableCaption = firstIsStrong ? anchors.first { $0.hasPrefix("table-") } : nil
        let sequence: String? = tableCaption != nil ? "Table" : (figureCaption != nil && firstIsStrong ? "Figure" : nil)

        var properties = "<w:pStyle w:val=\"\(hasImage ? "Figure" : sequence != nil ? "Caption" : style)\"/>"
        if tableCaption != nil { properties += "<w:keepNext/>" }
        if let list, !hasImage, sequence == nil {
            properties += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.id)\"/></w:numPr>"
        }
        xml += "<w:p><w:pPr>\(properties)</w:pPr>"
        if hasImage {
            // Only the anchors and the pictures: the line break between them would push a centred picture aside.
            figureBefore = anchors.first { $0.hasPrefix("figure-") } ?? anchors.first ?? ""
            var child = cmark_node_first_child(node)
            while let current = child {
                if let id = Self.anchorID(of: current) { bookmark(id) }
                if cmark_node_get_type(current) == CMARK_NODE_IMAGE { picture(current) }
                child = cmark_node_next(current)
            }
        } else {
            inlines(of: node, captionSequence: sequence)
        }
        xml += "</w:p>"
    }

    /// The first child that is not raw HTML (cmark reads `<a id="…"></a>` as two inline HTML nodes).
    private static func firstVisibleChild(of node: OpaquePointer) -> OpaquePointer? {
        var child = cmark_node_first_child(node)
        while let current = child, cmark_node_get_type(current) == CMARK_NODE_HTML_INLINE { child = cmark_node_next(current) }
        return child
    }

    /// A bookmark on `id` at this point, once per id.
    mutating func bookmark(_ id: String) {
        guard placedBookmarks.insert(id).inserted else { return }
        xml +=
            "<w:bookmarkStart w:id=\"\(bookmarkCounter)\" w:name=\"\(WordXML.escape(bookmarks.name(id)))\"/><w:bookmarkEnd w:id=\"\(bookmarkCounter)\"/>"
        bookmarkCounter += 1
    }

    // MARK: Inlines

    /// The inline children of `node` as runs. With `captionSequence`, the first bold run is the caption's label
    /// ("Figure 3."), whose number becomes a `SEQ` field of that name.
    mutating func inlines(of node: OpaquePointer, captionSequence: String? = nil) {
        var child = cmark_node_first_child(node)
        var label = captionSequence
        while let current = child {
            if let sequence = label, cmark_node_get_type(current) == CMARK_NODE_STRONG {
                captionLabel(current, sequence: sequence)
                label = nil
            } else {
                inline(current)
            }
            child = cmark_node_next(current)
        }
    }

    private mutating func inline(_ node: OpaquePointer) {
        let literal = { cmark_node_get_literal(node).map { String(cString: $0) } ?? "" }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: run(literal())
        case CMARK_NODE_SOFTBREAK: run(" ")
        case CMARK_NODE_LINEBREAK: xml += "<w:r><w:br/></w:r>"
        case CMARK_NODE_CODE:
            code += 1
            run(literal())
            code -= 1
        case CMARK_NODE_EMPH:
            italic += 1
            inlines(of: node)
            italic -= 1
        case CMARK_NODE_STRONG:
            bold += 1
            inlines(of: node)
            bold -= 1
        case CMARK_NODE_LINK:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            guard !inLink else { return inlines(of: node) }
            if url.hasPrefix("#") {
                xml += "<w:hyperlink w:anchor=\"\(WordXML.escape(bookmarks.name(String(url.dropFirst()))))\" w:history=\"1\">"
            } else {
                if !externalLinks.contains(url) { externalLinks.append(url) }
                xml += "<w:hyperlink r:id=\"rIdLink\(externalLinks.firstIndex(of: url)! + 1)\" w:history=\"1\">"
            }
            inLink = true
            inlines(of: node)
            inLink = false
            xml += "</w:hyperlink>"
        case CMARK_NODE_IMAGE:
            picture(node)
        case CMARK_NODE_HTML_INLINE:
            if let id = Self.anchorID(of: node) { bookmark(id) }
        default:
            inlines(of: node)
        }
    }

    /// One run of `text` in the current format.
    private mutating func run(_ text: String) {
        guard !text.isEmpty else { return }
        var properties = ""
        if inLink {
            properties += "<w:rStyle w:val=\"Hyperlink\"/>"
        } else if code > 0 {
            properties += "<w:rStyle w:val=\"VerbatimChar\"/>"
        }
        if bold > 0 { properties += "<w:b/><w:bCs/>" }
        if italic > 0 { properties += "<w:i/><w:iCs/>" }
        xml += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
        xml += "<w:t xml:space=\"preserve\">\(WordXML.escape(text))</w:t></w:r>"
    }

    /// A caption's bold label, "Figure 3.", with its number as a `SEQ Figure` field (its result the number shown),
    /// so Word's Insert › Table of Figures lists it and Update Field renumbers it.
    private mutating func captionLabel(_ node: OpaquePointer, sequence: String) {
        let text = CommonMark.plainText(of: node)
        let scalars = Array(text.unicodeScalars)
        guard let last = scalars.lastIndex(where: { ("0"..."9").contains($0) }) else {
            bold += 1
            inlines(of: node)
            bold -= 1
            return
        }
        var first = last
        while first > 0, ("0"..."9").contains(scalars[first - 1]) { first -= 1 }
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        bold += 1
        run(string(0..<first))
        xml += "<w:fldSimple w:instr=\" SEQ \(sequence) \\* ARABIC \">"
        run(string(first..<last + 1))
        xml += "</w:fldSimple>"
        run(string(last + 1..<scalars.count))
        bold -= 1
    }

    /// A chart: the PNG, with the SVG as Word 2016's `asvg:svgBlip` extension, at the SVG's size or the width
    /// between the margins, with the image's text as its alternative text.
    private mutating func picture(_ node: OpaquePointer) {
        let path = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        guard let svg = svgs[path] else { return }
        let number = pictures.count + 1
        let name = String(path.split(separator: "/").last ?? "chart").replacingOccurrences(of: ".svg", with: "")
        let picture = Picture(path: path, name: name, pngRelationship: "rIdPicture\(number)", svgRelationship: "rIdVector\(number)")
        pictures.append(picture)
        let (width, height) = Self.size(of: svg)
        let maximum = Double(textWidth) * 635
        let scale = min(1, maximum / max(width * 9525, 1))
        let cx = Int((width * 9525 * scale).rounded()), cy = Int((height * 9525 * scale).rounded())
        let alt = WordXML.escape(CommonMark.plainText(of: node))
        let file = WordXML.escape(name)
        xml += """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(number)" name="\(file)" descr="\(alt)"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="\(number)" name="\(file).png" descr="\(alt)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(picture.pngRelationship)"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">\
            <asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="\(picture.svgRelationship)"/>\
            </a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
    }

    /// The `width` and `height` of the SVG's root element in CSS pixels; 640 × 360 where they are missing.
    static func size(of svg: String) -> (width: Double, height: Double) {
        guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return (640, 360) }
        let tag = svg[open.upperBound..<close]
        func number(_ name: String) -> Double? {
            guard let key = tag.range(of: " \(name)=\"") else { return nil }
            return Double(tag[key.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        return (number("width") ?? 640, number("height") ?? 360)
    }
}
