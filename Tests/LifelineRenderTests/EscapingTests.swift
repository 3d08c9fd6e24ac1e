import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData
import Testing

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> *bold* | [link](javascript:alert(1)) ![img](x.png) `code` _u_ & 한국어 \u{202E}rtl"

    @Test func markdownEscapeShowsTextLiterally() {
        let html = CommonMark.render(MarkdownText.escape(Self.hostile)).html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<em>"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<code>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *bold* | [link](javascript:alert(1))"))
        #expect(html.contains("한국어"))
    }

    @Test func lineStartsCannotOpenBlocks() {
        for text in ["# heading", "- item", "1. item", "> quote", "    code", "+ x", "===", "\n\n# x"] {
            let html = CommonMark.render("Cell: " + MarkdownText.escape(text) + "\n\n" + MarkdownText.escape(text)).html
            #expect(!html.contains("<h1"), "\(text)")
            #expect(!html.contains("<li>"), "\(text)")
            #expect(!html.contains("<blockquote>"), "\(text)")
        }
    }

    @Test func linkDestinationsDropScripts() {
        #expect(MarkdownText.linkDestination("javascript:alert(1)") == "#")
        #expect(MarkdownText.linkDestination("JaVaScRiPt:x") == "#")
        #expect(MarkdownText.linkDestination("data:text/html,x") == "#")
        #expect(MarkdownText.linkDestination("https://example.org/a b") == "https://example.org/a%20b")
        #expect(MarkdownText.linkDestination("#source-x") == "#source-x")
    }

    @Test func htmlEscape() {
        #expect(HTMLText.escape("<a href=\"x\" onload='y'>&") == "&lt;a href=&quot;x&quot; onload=&#39;y&#39;&gt;&amp;")
        #expect(HTMLText.escape("a\u{0}b\u{7}c") == "abc")
    }

    @Test func tableKeepsHostileCellsAsText() {
        let table = Table(
            id: "table-x", label: "Table 1", caption: [.text("A | caption <b>")],
            columns: [.init("Name"), .init("Value", .right)],
            rows: [[[.text(Self.hostile)], [.text("1|2")]]])
        #expect(table.markdown.contains("1\\|2"))
        #expect(table.html.contains("&lt;script&gt;"))
        let rendered = CommonMark.render(table.html).html
        #expect(rendered.contains("<table id=\"table-x\">"))
        #expect(rendered.contains("<th scope=\"row\">"))
        #expect(!rendered.contains("<script>"))
    }

    @Test func hostileRegistryTextStaysTextInTheWholeReport() throws {
        var registry = try Registry.embedded()
        registry.sources[0].title = Self.hostile
        registry.figures[0].quote = Self.hostile
        registry.figures[0].measures = "<img src=x onerror=alert(1)>"
        let files = try ReportBuilder(registry: registry, analysisOptions: AnalysisOptions(draws: 20_000)).build()
        let html = String(decoding: files.first { $0.path == "report.html" }!.data, as: UTF8.self)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let markdown = String(decoding: files.first { $0.path == "report.md" }!.data, as: UTF8.self)
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(CommonMark.render(markdown).html.contains("&lt;script&gt;"))
    }
}
