import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData
import Testing

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

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
    @Test(arguments: [
        "//\u{301}evil.example", "/\t/evil.example", "/\n/evil.example", "\t//evil.example", "/\u{7F}/evil.example", "\u{85}\t//\u{202E}4",
        "\u{9F}//evil.example",
    ])
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
