import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData
import Testing

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

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
