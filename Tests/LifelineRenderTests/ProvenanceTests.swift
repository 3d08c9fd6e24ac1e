import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

/// Provenance in the page (issue 17, item 3): every number from a figure links to the figure's row in the appendix
/// and carries its quote in the HTML; every model result links to its definition; the Markdown has the links and
/// no hover text.
@Suite struct ProvenanceTests {
    /// One linked figure number of the HTML: its href, the link's `aria-describedby`, its text, and the tooltip's id
    /// and HTML.
    struct LinkedNumber {
        var href: String
        var describedBy: String
        var text: String
        var tooltipID: String
        var tooltip: String
    }

    /// Every `<span class="prov">…</span>` of `html`, read by the pattern the renderer writes.
    static func linkedNumbers(in html: String) throws -> [LinkedNumber] {
        let pattern = try Regex(
            ##"<span class="prov"><a href="#([^"]*)" aria-describedby="([^"]*)">(.*?)</a><span role="tooltip" id="([^"]*)">(.*?)</span></span>"##
        )
        return html.matches(of: pattern).map { match in
            let parts = match.output.dropFirst().map { String($0.substring ?? "") }
            return LinkedNumber(href: parts[0], describedBy: parts[1], text: parts[2], tooltipID: parts[3], tooltip: parts[4])
        }
    }

    /// `html` text with the character references libcmark and ``HTMLText`` write turned back into characters.
    static func decoded(_ html: String) -> String {
        html.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `[text](#target)` links of `markdown` whose target starts with `prefix`, as (text, target).
    static func markdownLinks(in markdown: String, to prefix: String) throws -> [(text: String, target: String)] {
        let pattern = try Regex(##"\[((?:\\.|[^\]\\])*)\]\(#("## + prefix + ##"[a-z0-9-]+)\)"##)
        return markdown.matches(of: pattern).map { match in
            let parts = match.output.dropFirst().map { String($0.substring ?? "") }
            return (parts[0], parts[1])
        }
    }

    /// The default analysis, for the comparisons' sides.
    static let analysis = try! Analysis.run(registry: try! Registry.embedded(), options: AnalysisOptions(draws: 20_000))

    /// Whether `shown` is a way a template may print `figure`: its value, hedged, or either end of its range; or, where
    /// a comparison compares the figure, a side's low, median or high in the comparison's unit, or a range from its low.
    static func isForm(_ shown: String, of figure: Figure) -> Bool {
        var low = figure, high = figure
        low.value = .point(figure.value.low)
        high.value = .point(figure.value.high)
        if [figure.valueText, figure.hedgedValueText, low.valueText, high.valueText].contains(shown) { return true }
        let sides = analysis.comparisons.flatMap { [$0.first, $0.second] }.filter { $0.what == "figure" && $0.id == figure.id }
        return sides.contains { side in
            let text = { (value: Double) in UnitText.text(value, unit: side.unit) }
            return [text(side.median), text(side.high)].contains(shown) || shown.hasPrefix(text(side.low))
        }
    }

    /// The lines of `markdown` that are prose, not table rows.
    static func prose(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("|") }.joined(separator: "\n")
    }

    @Test func everyFigureHasExactlyOneAppendixAnchorInEachFormat() throws {
        let registry = try Registry.embedded()
        let html = text("report.html"), markdown = text("report.md")
        for figure in registry.figures {
            #expect(html.components(separatedBy: "<tr id=\"fig-\(figure.id)\">").count == 2, "report.html: \(figure.id)")
            #expect(markdown.components(separatedBy: "<a id=\"fig-\(figure.id)\"></a>").count == 2, "report.md: \(figure.id)")
        }
    }

    @Test func everyLinkedNumberLandsOnItsFigureRowAndShowsItsQuoteAndSource() throws {
        let registry = try Registry.embedded()
        let html = text("report.html")
        let numbers = try Self.linkedNumbers(in: html)
        #expect(numbers.count == html.components(separatedBy: "class=\"prov\"").count - 1, "a linked number of another shape")
        #expect(numbers.count >= 20)
        let rows = Set(attributeValues("id", in: html))
        for number in numbers {
            #expect(number.describedBy == number.tooltipID, "\(number.href): described by \(number.describedBy)")
            #expect(rows.contains(number.href), "#\(number.href) lands nowhere")
            let id = String(number.href.dropFirst("fig-".count))
            let figure = try #require(registry.figure(id), "#\(number.href) names no figure")
            let source = try #require(registry.source(figure.source))
            let hover = Self.decoded(number.tooltip)
            #expect(hover.hasPrefix(ReportTables.quoted(figure.quote) + " "), "\(id): \(hover)")
            #expect(hover.contains(source.publisher ?? source.title), "\(id): the tooltip does not name its source")
            #expect(Self.isForm(Self.decoded(number.text), of: figure), "\(id): “\(number.text)” is none of its values")
        }
        let ids = numbers.map(\.tooltipID)
        #expect(Set(ids).count == ids.count, "a tooltip id is used twice")
    }

    @Test func everyModelResultInTheProseLinksToItsDefinitionRow() throws {
        let html = text("report.html"), markdown = text("report.md")
        let analysis = Self.analysis
        for model in analysis.models {
            #expect(html.components(separatedBy: "<tr id=\"model-\(model.id)\">").count == 2, "report.html: no row for \(model.id)")
        }
        let links = try Self.markdownLinks(in: markdown, to: "model-")
        #expect(links.count >= 30)
        let rows = Set(attributeValues("id", in: markdown))
        for link in links { #expect(rows.contains(link.target), "report.md: #\(link.target) lands nowhere") }
        // The headline result, in the summary's first sentence, is a link to the flow's definition.
        let flow = try #require(analysis.model("sk-gross-flow"))
        #expect(markdown.contains("[\(MarkdownText.escape(UnitText.text(flow.median, unit: flow.unit)))](#model-sk-gross-flow)"))
    }

    @Test func markdownLinksEachFigureNumberToItsRowWithoutTheQuote() throws {
        let registry = try Registry.embedded()
        let markdown = text("report.md")
        let links = try Self.markdownLinks(in: Self.prose(markdown), to: "fig-")
        #expect(links.count >= 20)
        for link in links {
            let figure = try #require(registry.figure(String(link.target.dropFirst("fig-".count))))
            #expect(markdown.contains("<a id=\"\(link.target)\"></a>"), "#\(link.target) lands nowhere")
            #expect(
                Self.isForm(link.text.replacingOccurrences(of: "\\", with: ""), of: figure),
                "\(figure.id): “\(link.text)” is none of its values")
        }
        #expect(
            markdown.contains(
                "[\(MarkdownText.escape(try #require(registry.figure("sk-share-sending")).valueText))](#fig-sk-share-sending)"))
        #expect(!markdown.contains("role=\"tooltip\"") && !markdown.contains("class=\"prov\""), "hover text in report.md")
        #expect(!markdown.contains(ReportContext.tooltipMarker) && !text("report.html").contains(ReportContext.tooltipMarker))
    }

    @Test func aHostileQuoteIsEscapedInTheTooltip() throws {
        var registry = try Registry.embedded()
        let index = try #require(registry.figures.firstIndex { $0.id == "fee-scmp-usual" })
        let hostile = #"<script>alert(1)</script> "q" & *b* [x](javascript:y) ="prov-"# + ReportContext.tooltipMarker + #"""#
        registry.figures[index].quote += " " + hostile
        let files = try ReportBuilder(registry: registry, analysisOptions: AnalysisOptions(draws: 2_000)).build()
        let html = text("report.html", in: files), markdown = text("report.md", in: files)
        #expect(!html.contains("<script>alert(1)"))
        let numbers = try Self.linkedNumbers(in: html).filter { $0.href == "fig-fee-scmp-usual" }
        #expect(numbers.count >= 2)
        for number in numbers {
            #expect(number.tooltip.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &amp; *b* [x](javascript:y)"))
            #expect(Self.decoded(number.tooltip).contains(hostile), "the quote does not show as the text it is")
        }
        let ids = attributeValues("id", in: html)
        #expect(Set(ids).count == ids.count, "the quote's marker broke the tooltips' numbering")
        #expect(!markdown.contains("alert(1)</script> \"q\""), "the hostile quote reached the prose of report.md")
    }
}
