import CCmark
import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

/// Markdown to HTML through libcmark: the HTML is plain cmark's, with a unique, non-empty id on every heading.
@Suite struct CommonMarkTests {
    @Test func headingsGetGitHubStyleIDs() {
        let rendered = CommonMark.render("# Title\n\n## What it costs\n\n## What it costs\n\n## Appendix: every *figure*\n")
        #expect(rendered.html.contains("<h2 id=\"what-it-costs\">What it costs</h2>"))
        #expect(rendered.html.contains("<h2 id=\"what-it-costs-1\">"))
        #expect(rendered.headings.map(\.id) == ["title", "what-it-costs", "what-it-costs-1", "appendix-every-figure"])
        #expect(rendered.html.contains("<em>figure</em></h2>"))
    }

    /// GitHub's slug rule, on ASCII (the fast path) and on other scripts.
    @Test(arguments: [
        ("Appendix: every *figure*", "appendix-every-figure"), ("2. What_it-costs (USD)", "2-what_it-costs-usd"),
        ("  Two  spaces ", "--two--spaces-"), ("송금 비용: 2021", "송금-비용-2021"), ("Ärger & Café", "ärger--café"),
    ])
    func slugsFollowGitHub(_ text: String, _ slug: String) {
        #expect(SlugSet.slug(text) == slug)
    }

    /// Headings inside block quotes and list items, setext headings, and raw HTML that looks like a heading.
    @Test func idsGoOnEveryHeadingAndOnlyOnHeadings() {
        let markdown = "<div>\n<h2>Raw</h2>\n</div>\n\n> ## Quoted\n\n- ### In a list\n\nSetext\n------\n\n`<h2>` in code\n"
        let rendered = CommonMark.render(markdown)
        #expect(rendered.headings.map(\.id) == ["quoted", "in-a-list", "setext"])
        #expect(rendered.html.contains("<h2>Raw</h2>"))
        #expect(rendered.html.contains("<h2 id=\"quoted\">Quoted</h2>"))
        #expect(rendered.html.contains("<h3 id=\"in-a-list\">In a list</h3>"))
        #expect(rendered.html.contains("<h2 id=\"setext\">Setext</h2>"))
    }

    @Test func emptyAndHeadinglessDocuments() {
        #expect(CommonMark.render("").html == "")
        #expect(CommonMark.render("Just text.\n").html == "<p>Just text.</p>\n")
        #expect(CommonMark.render("# Only\n").html == "<h1 id=\"only\">Only</h1>\n")
    }

    /// The tag the ids used to be spliced in at, written in the Markdown itself, is raw HTML like any other.
    @Test func markdownHoldingTheMarkerStillGetsIDs() {
        let plain = CommonMark.render("# One\n\nText.\n\n## Two *b*\n")
        let marked = CommonMark.render("# One\n\nText.\n\n## Two *b*\n\n<!-- <lifeline-heading-id> -->\n")
        #expect(marked.headings == plain.headings)
        #expect(marked.html == plain.html + "<!-- <lifeline-heading-id> -->\n")
        #expect(CommonMark.render("## <lifeline-heading-id>x\n").html == "<h2 id=\"x\"><lifeline-heading-id>x</h2>\n")
    }

    /// The length was taken with `strlen`, so everything after a NUL was dropped; cmark makes it U+FFFD and reads on.
    @Test func nulByteDoesNotTruncateTheDocument() {
        #expect(CommonMark.render("# A\0B\n\nafter the NUL\n").html == "<h1 id=\"ab\">A\u{FFFD}B</h1>\n<p>after the NUL</p>\n")
        #expect(CommonMark.render("before\0after\n\n# H\n").html == "<p>before\u{FFFD}after</p>\n<h1 id=\"h\">H</h1>\n")
        #expect(CommonMark.headings(in: "before\0after\n\n# H\n").map(\.id) == ["h"])
    }

    /// `foo-1`, `foo`, `foo` gave `foo-1`, `foo`, `foo-1`: the numbered id was handed out twice.
    @Test func duplicateSlugAfterNumberedHeadingGetsNextFreeNumber() {
        let rendered = CommonMark.render("# foo-1\n\n# foo\n\n# foo\n\n# foo\n")
        #expect(rendered.headings.map(\.id) == ["foo-1", "foo", "foo-2", "foo-3"])
        #expect(
            rendered.html == "<h1 id=\"foo-1\">foo-1</h1>\n<h1 id=\"foo\">foo</h1>\n<h1 id=\"foo-2\">foo</h1>\n<h1 id=\"foo-3\">foo</h1>\n")
    }

    /// An empty heading got `id=""`, which HTML forbids; so did a heading of punctuation only.
    @Test func emptyHeadingGetsNoEmptyId() {
        let rendered = CommonMark.render("## \n\n# -1\n\n#\n\n## ???\n\n## Section\n")
        #expect(rendered.headings.map(\.id) == ["section", "-1", "section-1", "section-2", "section-3"])
        #expect(rendered.html.hasPrefix("<h2 id=\"section\"></h2>\n<h1 id=\"-1\">-1</h1>\n<h1 id=\"section-1\"></h1>\n"))
        #expect(!rendered.html.contains("id=\"\""))
    }

    /// Every sequence of four headings drawn from slugs that collide with each other's numbered forms.
    @Test func idsStayUniqueAndNonEmptyWhateverTheHeadingsAre() {
        let texts = ["foo", "foo-1", "foo-2", "Foo 1", "", "?", "section", "section-1"]
        for a in texts {
            for b in texts {
                for c in texts {
                    for d in texts {
                        var slugs = SlugSet()
                        let ids = [a, b, c, d].map { slugs.unique($0) }
                        #expect(Set(ids).count == 4 && !ids.contains(""), "\([a, b, c, d]) → \(ids)")
                    }
                }
            }
        }
    }

    /// The HTML is plain cmark's, given the same bytes, once the ids are taken out: nothing else is added or lost.
    @Test(arguments: [
        "# A\0B\n\nafter\n", "<!-- <lifeline-heading-id> -->\n\n# H\n", "## <lifeline-heading-id>\n",
        "- # In a list\n- ## Tight\n\n> # Quoted\n>\n> text\n", "Setext *x*\n===\n\nTwo\n---\n", "## \n\n#\n",
        "# a <span>raw</span> `code` ![img](x.png) [l](y)\\\nnext\n", "# </h1><h1>\n", "\r\n# CRLF\r\ntext\r\n",
        "<div>\n<h2>Raw</h2>\n</div>\n\n    # code\n", "1. # one\n\n   para\n2. two\n",
    ])
    func htmlIsPlainCmarkApartFromTheIDs(_ markdown: String) throws {
        let rendered = CommonMark.render(markdown)
        var withoutIDs = rendered.html
        for heading in rendered.headings {
            let tag = "<h\(heading.level) id=\"\(heading.id)\">"
            let range = try #require(withoutIDs.range(of: tag))
            withoutIDs.replaceSubrange(range, with: "<h\(heading.level)>")
        }
        #expect(withoutIDs == Self.plainCmark(markdown))
    }

    /// A table of contents lists a punctuation-only heading, and the link reaches it in the HTML.
    @Test func contentsLinkToAHeadingWithoutASlug() throws {
        var files = TemplateSet.embedded.files
        files["report.md.mustache", default: ""] += "\n## ???\n\nText.\n"
        let built = try ReportBuilder(
            registry: try Registry.embedded(), templates: TemplateSet(origin: "T", files: files),
            analysisOptions: AnalysisOptions(draws: 1_000)
        ).build()
        let markdown = String(decoding: try #require(built.first { $0.path == "report.md" }).data, as: UTF8.self)
        let html = String(decoding: try #require(built.first { $0.path == "report.html" }).data, as: UTF8.self)
        #expect(markdown.contains("- [???](#section)"))
        #expect(html.contains("<a href=\"#section\">???</a>"))
        #expect(html.contains("<h2 id=\"section\">???</h2>"))
    }

    /// libcmark alone, parse and render with the options `CommonMark.render` uses, given the whole byte count.
    static func plainCmark(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let document = buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_UNSAFE) }!
            defer { cmark_node_free(document) }
            let html = cmark_render_html(document, CMARK_OPT_UNSAFE)!
            defer { free(html) }
            return String(cString: html)
        }
    }
}
