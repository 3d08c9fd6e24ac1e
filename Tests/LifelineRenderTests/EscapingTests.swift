import Foundation
import LifelineAnalysis
import LifelineData
import Testing
import LifelineCharts
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
        let table = Table(id: "table-x", label: "Table 1", caption: [.text("A | caption <b>")],
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
        #expect(CommonMark.render(markdown).html.contains("&lt;script&gt;") )
    }
}

/// Inputs the escaping fuzzer (Fuzz/) found, kept as regression tests that `swift test` runs.
@Suite struct FuzzFindingTests {
    @Test(arguments: ["  - item", "   1. item", "    indented code", "\t- item", " \n # heading", "  > quote"])
    func leadingWhiteSpaceCannotOpenABlock(_ text: String) {
        let html = CommonMark.render(MarkdownText.escape(text)).html
        for tag in ["<li>", "<ol", "<ul>", "<pre>", "<code>", "<h1", "<blockquote>"] {
            #expect(!html.contains(tag), "\(text.debugDescription) became \(html)")
        }
    }

    @Test func carriageReturnsReadBackFromSVGText() throws {
        let escaped = XMLText.escapeText("a\rb\r\nc")
        #expect(escaped == "a&#13;b&#13;\nc")
        final class Collector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data("<t>\(escaped)</t>".utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.text == "a\rb\r\nc")
    }
}

@Suite struct FuzzLinkFindingTests {
    /// Found by FuzzEscaping: a combining mark after the colon hid it from a Character-level `contains(":")`.
    @Test(arguments: ["data:\u{65E}\u{FFFD}Q&", "javascript:\u{301}alert(1)", "vbscript:\u{300}x"])
    func aCombiningMarkCannotHideAScheme(_ url: String) {
        #expect(MarkdownText.linkDestination(url) == "#")
    }
}

@Suite struct FuzzCombiningMarkTests {
    /// Found by FuzzEscaping: a combining mark after `>` or `*` hid the syntax character from the escaper.
    @Test(arguments: ["  >\u{32E}& x", ">\u{301} quote", "*\u{301}x*\u{301}", "[\u{301}a](javascript:x)", "-\u{301} item"])
    func aCombiningMarkCannotHideSyntax(_ text: String) {
        let html = CommonMark.render(MarkdownText.escape(text)).html
        for tag in ["<blockquote>", "<em>", "<a ", "<li>"] {
            #expect(!html.contains(tag), "\(text.debugDescription) became \(html)")
        }
    }
}

/// Found by FuzzEscaping's 10-minute run (and a review of the same class of bug): checks that looked at Characters
/// where cmark and browsers look at bytes.
@Suite struct FuzzByteLevelTests {
    /// A combining mark after the space of "1. " hid the space from the ordered-list guard.
    @Test(arguments: ["1. \u{485}\u{FFFD}", "12) \u{301}x", " 3. \u{300}", "1.\t\u{301}x"])
    func aCombiningMarkCannotOpenAnOrderedList(_ text: String) {
        let html = CommonMark.render(MarkdownText.escape(text)).html
        #expect(!html.contains("<ol"), "\(text.debugDescription) became \(html)")
        #expect(html.hasPrefix("<p>"), "\(text.debugDescription) became \(html)")
    }

    /// A prepended concatenation mark (U+0600) and the `*` after it form one Character, which hid the `*` from a
    /// Character-level escaper; a control joined by a combining mark kept the control.
    @Test(arguments: ["\u{600}*x*", "\u{600}[a](javascript:x)", "\u{7}\u{301}x"])
    func charactersCannotHideSyntaxOrControls(_ text: String) {
        let escaped = MarkdownText.escape(text)
        let html = CommonMark.render(escaped).html
        #expect(!html.contains("<em>") && !html.contains("<a "), "\(text.debugDescription) became \(html)")
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 })
    }

    /// Protocol-relative links leave the page for another host: neither a combining mark after the second
    /// slash nor a tab between the slashes (which browsers drop) may let one through.
    @Test(arguments: ["//\u{301}evil.example", "/\t/evil.example", "/\n/evil.example", "\t//evil.example", "/\u{7F}/evil.example", "\u{85}\t//\u{202E}4", "\u{9F}//evil.example"])
    func protocolRelativeLinksBecomeFragments(_ url: String) {
        #expect(MarkdownText.linkDestination(url) == "#")
        #expect(HTMLText.escape(MarkdownText.linkDestination(url)) == "#")
    }

    /// What must keep working after the byte-level rewrite.
    @Test func safeLinksStillPass() {
        #expect(MarkdownText.linkDestination("HTTPS://example.org/a b") == "HTTPS://example.org/a%20b")
        #expect(MarkdownText.linkDestination("#figure-1") == "#figure-1")
        #expect(MarkdownText.linkDestination("charts/fee-erosion.svg") == "charts/fee-erosion.svg")
        #expect(MarkdownText.linkDestination("/\\evil.example") == "/%5Cevil.example")
        #expect(MarkdownText.escape("1. item") == "1\\. item")
        #expect(MarkdownText.escape("93.9% of draws") == "93.9% of draws")
    }
}
