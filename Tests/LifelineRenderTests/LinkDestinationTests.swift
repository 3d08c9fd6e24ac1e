import Testing

@testable import LifelineRender

/// Link targets come from data (a source's `url`); whatever they hold, the HTML never gets a live
/// `javascript:` link.
@Suite struct LinkDestinationTests {
    /// The HTML libcmark makes of a Markdown link to `target`, as the report's references are made.
    func html(linkingTo target: String) -> String {
        CommonMark.render(Inline.link([.text("x")], target: target).markdown).html
    }

    @Test func characterReferencesCannotSpellAScheme() {
        for target in ["javascript&#58;alert(1)", "javascript&#x3A;alert(1)", "javascript&colon;alert(1)", "JAVASCRIPT&#0000058;alert(1)"] {
            let rendered = html(linkingTo: target)
            #expect(!rendered.lowercased().contains("href=\"javascript:"), "\(target): \(rendered)")
            #expect(
                rendered.contains(
                    "href=\"\(target.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29"))\""
                ), "\(rendered)")
        }
    }

    @Test func queryStringsKeepTheirAmpersands() {
        #expect(html(linkingTo: "https://example.org/a?b=1&c=2").contains("href=\"https://example.org/a?b=1&amp;c=2\""))
        #expect(
            Inline.link([.text("x")], target: "https://example.org/a?b=1&c=2").html.contains("href=\"https://example.org/a?b=1&amp;c=2\""))
    }

    @Test func schemesOtherThanHTTPStillBecomeAFragment() {
        #expect(html(linkingTo: "javascript:alert(1)").contains("href=\"#\""))
        #expect(html(linkingTo: " data:text/html,x").contains("href=\"#\""))
        #expect(MarkdownText.markdownLinkDestination("charts/a b.svg") == "charts/a%20b.svg")
    }
}
