import Foundation
import LifelineAnalysis
import LifelineData
import Testing
import ZIPFoundation

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// report.docx of the default report, made once for the checks below.
let defaultWordFile: Data = try! WordDocument(files: defaultReport, paper: try! Registry.embedded().paper, templates: .embedded).file().data

/// The named parts of a .docx, read with ZIPFoundation: what Word itself would find in the archive.
struct DocxArchive {
    /// Every part by path, in archive order.
    let parts: [(path: String, data: Data)]

    init(_ docx: Data) throws {
        let archive = try Archive(data: docx, accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts.append((entry.path, data))
        }
        self.parts = parts
    }

    /// The part's text, or "" where there is none.
    func text(_ path: String) -> String { parts.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? "" }

    /// Every value of the `attribute` in elements named `element` (e.g. `w:bookmarkStart`, `w:name`), in order.
    static func values(of attribute: String, in element: String, of xml: String) -> [String] {
        var values: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<\(element) ") {
            let tag = rest[open.upperBound...].prefix { $0 != ">" }
            if let key = tag.range(of: "\(attribute)=\"") { values.append(String(tag[key.upperBound...].prefix { $0 != "\"" })) }
            rest = rest[open.upperBound...]
        }
        return values
    }
}

@Suite struct WordDocumentTests {
    let word = try! DocxArchive(defaultWordFile)
    var document: String { word.text("word/document.xml") }

    @Test func everyChartIsAPNGAtTwiceItsSizeWithItsSVG() throws {
        let charts = attributeValues("id", in: text("report.md")).filter { $0.hasPrefix("figure-") }
        let pngs = word.parts.filter { $0.path.hasPrefix("word/media/") && $0.path.hasSuffix(".png") }
        let svgs = word.parts.filter { $0.path.hasPrefix("word/media/") && $0.path.hasSuffix(".svg") }
        #expect(!charts.isEmpty)
        #expect(pngs.count == charts.count)
        #expect(svgs.count == charts.count)
        for png in pngs {
            #expect(png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(png.path) is not a PNG")
            let name = png.path.dropFirst("word/media/".count).dropLast(".png".count)
            let svgWidth = WordBody.size(of: text("charts/\(name).svg")).width
            // The PNG's width is the big-endian number at bytes 16–19 (IHDR).
            let width = png.data[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == Int(svgWidth * 2), "\(png.path) is \(width) px wide")
        }
        #expect(document.components(separatedBy: "<asvg:svgBlip").count - 1 == charts.count)
        #expect(DocxArchive.values(of: "descr", in: "wp:docPr", of: document).allSatisfy { !$0.isEmpty }, "a picture has no alt text")
    }

    @Test func captionsAreSEQFieldsInNumberOrder() {
        let markdown = text("report.md")
        for (sequence, prefix) in [("Figure", "figure-"), ("Table", "table-")] {
            let expected = Set(attributeValues("id", in: markdown).filter { $0.hasPrefix(prefix) }).count
            var numbers: [Int] = []
            for paragraph in document.components(separatedBy: "<w:p>") where paragraph.contains("SEQ \(sequence) ") {
                #expect(paragraph.hasPrefix("<w:pPr><w:pStyle w:val=\"Caption\"/>"), "a SEQ \(sequence) field outside a Caption paragraph")
                // The field's result: the text of its first run.
                let field = paragraph.components(separatedBy: "SEQ \(sequence) \\* ARABIC \">")[1]
                let result = field.components(separatedBy: "<w:t xml:space=\"preserve\">")[1].prefix { $0.isNumber }
                numbers.append(Int(result) ?? 0)
            }
            #expect(expected > 0)
            #expect(numbers == Array(0..<expected).map { $0 + 1 }, "\(sequence) captions: \(numbers)")
        }
    }

    @Test func everyInternalLinkLandsOnABookmarkWordKeeps() {
        let bookmarks = DocxArchive.values(of: "w:name", in: "w:bookmarkStart", of: document)
        let anchors = DocxArchive.values(of: "w:anchor", in: "w:hyperlink", of: document)
        #expect(anchors.count > 20)
        #expect(Set(bookmarks).count == bookmarks.count, "duplicate bookmarks")
        for anchor in Set(anchors) { #expect(bookmarks.contains(anchor), "#\(anchor) has no bookmark") }
        for name in bookmarks {
            #expect(
                name.count <= 40 && name.first!.isLetter && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") },
                "\(name)")
        }
        // Every heading, figure, table and source of the report has one.
        let markdown = text("report.md")
        #expect(bookmarks.count == Set(CommonMark.headings(in: markdown).map(\.id) + attributeValues("id", in: markdown)).count)
    }

    @Test func corePropertiesNameThePaperAndItsAuthorsWithoutADate() throws {
        let paper = try #require(try Registry.embedded().paper)
        let core = word.text("docProps/core.xml")
        #expect(core.contains("<dc:title>\(WordXML.escape(paper.title))</dc:title>"))
        #expect(core.contains("<dc:creator>\(WordXML.escape(paper.authors.joined(separator: "; ")))</dc:creator>"))
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"))
    }

    @Test func appendixQuoteColumnIsAtLeastAFifthOfTheWidth() throws {
        let markdown = text("report.md")
        // The appendix table is the one after the `table-all-figures` bookmark; its quote column is found by the
        // column of the pipe table whose cells start with a quotation mark.
        let after = try #require(document.components(separatedBy: "w:name=\"table_all_figures\"").last)
        let grid = try #require(
            after.components(separatedBy: "<w:tblGrid>").dropFirst().first?.components(separatedBy: "</w:tblGrid>").first)
        let widths = DocxArchive.values(of: "w:w", in: "w:gridCol", of: grid).compactMap(Int.init)
        let appendix = try #require(markdown.components(separatedBy: "<a id=\"table-all-figures\"></a>").last)
        let row = appendix.split(separator: "\n").dropFirst(4).first.map { WordBody.cells(of: $0) } ?? []
        let quote = try #require(row.firstIndex { $0.hasPrefix("“") })
        #expect(widths.count == row.count)
        #expect(widths[quote] * 5 >= widths.reduce(0, +), "quote column \(widths[quote]) of \(widths)")
    }

    @Test func rebuildIsByteIdentical() throws {
        let again = try ReportBuilder(registry: try Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000)).build()
        let second = try WordDocument(files: again, paper: try Registry.embedded().paper, templates: .embedded).file()
        #expect(second.data == defaultWordFile)
    }

    @Test func everyPartIsWellFormedXML() {
        for part in word.parts where part.path.hasSuffix(".xml") || part.path.hasSuffix(".rels") {
            #expect(XMLParser(data: part.data).parse(), "\(part.path) is not well-formed")
        }
        #expect(word.parts.first?.path == "[Content_Types].xml")
    }

    @Test func hostileQuoteAndTitleAreEscaped() throws {
        let hostile = "<b>Tom & \"Jerry\"</b> 'x' 34,000"
        var yaml = Registry.embeddedText
        let quote = try #require(yaml.range(of: "quote: "))
        let lineEnd = try #require(yaml[quote.upperBound...].firstIndex(of: "\n"))
        yaml.replaceSubrange(quote.upperBound..<lineEnd, with: "'\(hostile.replacingOccurrences(of: "'", with: "''"))'")
        let title = try #require(yaml.range(of: "  title: "))
        let titleEnd = try #require(yaml[title.upperBound...].firstIndex(of: "\n"))
        yaml.replaceSubrange(title.upperBound..<titleEnd, with: "'A & B <c> \"d\"'")
        let registry = try RegistryLoader.parse(yaml, file: "hostile.yaml")
        let files = try ReportBuilder(registry: registry, analysisOptions: AnalysisOptions(draws: 2_000)).build()
        let parts = try DocxArchive(try WordDocument(files: files, paper: registry.paper, templates: .embedded).file().data)
        let body = parts.text("word/document.xml")
        #expect(body.contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &#39;x&#39;"))
        #expect(!body.contains("<b>Tom"))
        #expect(parts.text("docProps/core.xml").contains("<dc:title>A &amp; B &lt;c&gt; &quot;d&quot;</dc:title>"))
        for part in parts.parts where part.path.hasSuffix(".xml") { #expect(XMLParser(data: part.data).parse(), "\(part.path)") }
    }
}
