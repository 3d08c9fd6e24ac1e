import Foundation
import LifelineAnalysis
import LifelineData

/// report.docx, written directly as Office Open XML from the same build as report.md and report.html: the report's
/// Markdown walked into Word paragraphs, lists and tables; each chart as a PNG at twice its size with its SVG for
/// Word 2016 and later; "Figure N" and "Table N" captions with `SEQ` fields; a bookmark on every heading, figure,
/// table and source, and links to them; the paper's title and authors as document properties; the styles and page
/// of `Templates/reference.docx`. The archive is stored with fixed timestamps and no dates, so a rebuild gives the
/// same bytes.
public struct WordDocument: Sendable {
    /// The file's path in the output folder.
    public static let path = "report.docx"

    /// The built report's files: report.md and the charts' SVGs are read.
    public var files: [ReportFile]
    /// The front matter, for the title and author properties.
    public var paper: Paper?
    /// The templates: `reference.docx` among their reference documents.
    public var templates: TemplateSet

    /// A Word document of `files` (what ``ReportBuilder/build()`` returns).
    public init(files: [ReportFile], paper: Paper?, templates: TemplateSet) {
        self.files = files
        self.paper = paper
        self.templates = templates
    }

    /// report.docx.
    public func file() throws(RenderError) -> ReportFile {
        ReportFile(path: Self.path, data: try package().archive)
    }

    /// Every part of the document, in archive order.
    func package() throws(RenderError) -> WordPackage {
        let reference = try WordReference(templates: templates)
        guard let markdown = files.first(where: { $0.path == "report.md" }).map({ String(decoding: $0.data, as: UTF8.self) }) else {
            throw .templates(
                Diagnostic(
                    file: "report.md", message: "the build has no report.md to make report.docx from",
                    hint: "Pass every file the build made."))
        }
        var svgs: [String: String] = [:]
        for file in files where file.path.hasPrefix("charts/") && file.path.hasSuffix(".svg") {
            svgs[file.path] = String(decoding: file.data, as: UTF8.self)
        }
        let body = WordBody(markdown: markdown, svgs: svgs, textWidth: reference.textWidth)
        let pngs = try Self.rasterize(body.pictures.map { svgs[$0.path] ?? "" })
        let title = paper?.title ?? CommonMark.headings(in: markdown).first { $0.level == 1 }?.text

        var parts = WordPackage()
        parts.add(
            "[Content_Types].xml", text: WordParts.contentTypes(hasTheme: reference.theme != nil, hasFontTable: reference.fontTable != nil))
        parts.add("_rels/.rels", text: WordParts.packageRelationships)
        parts.add("docProps/core.xml", text: WordParts.coreProperties(title: title, authors: paper?.authors ?? []))
        parts.add("word/document.xml", text: WordParts.document(body: body.xml, section: reference.section))
        parts.add(
            "word/_rels/document.xml.rels",
            text: WordParts.documentRelationships(
                pictures: body.pictures, links: body.externalLinks, hasTheme: reference.theme != nil,
                hasFontTable: reference.fontTable != nil))
        parts.add("word/styles.xml", reference.styles)
        parts.add("word/numbering.xml", text: WordParts.numbering(body.lists))
        parts.add("word/settings.xml", text: WordParts.settings)
        parts.add("word/footer1.xml", text: WordParts.footer)
        if let fontTable = reference.fontTable { parts.add("word/fontTable.xml", fontTable) }
        if let theme = reference.theme { parts.add("word/theme/theme1.xml", theme) }
        for (picture, png) in zip(body.pictures, pngs) {
            parts.add("word/media/\(picture.name).png", png)
            parts.add("word/media/\(picture.name).svg", text: svgs[picture.path] ?? "")
        }
        return parts
    }

    /// Each SVG as a PNG at twice its size, two at a time.
    static func rasterize(_ svgs: [String]) throws(RenderError) -> [Data] {
        let half = svgs.count / 2
        let (first, second) = inParallel(
            {
                Result { () throws(RenderError) in
                    try svgs[..<half].map { svg throws(RenderError) in try Rasterizer.png(svg: svg, scale: 2) }
                }
            },
            {
                Result { () throws(RenderError) in
                    try svgs[half...].map { svg throws(RenderError) in try Rasterizer.png(svg: svg, scale: 2) }
                }
            })
        return try first.get() + second.get()
    }
}
