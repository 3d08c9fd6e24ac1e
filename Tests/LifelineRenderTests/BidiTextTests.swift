import LifelineCharts
import Testing

@testable import LifelineRender

/// A right-to-left override in one value must not reorder the text after it.
@Suite struct BidiTextTests {
    @Test func openOverridesEmbeddingsAndIsolatesAreClosed() {
        #expect(BidiText.balanced("a\u{202E}b") == "a\u{202E}b\u{202C}")
        #expect(BidiText.balanced("\u{2067}x\u{202B}y") == "\u{2067}x\u{202B}y\u{202C}\u{2069}")
        #expect(BidiText.balanced("\u{202D}\u{202A}x\u{202C}") == "\u{202D}\u{202A}x\u{202C}\u{202C}")
    }

    @Test func closedAndPlainTextIsLeftAlone() {
        for text in ["plain", "한국어 \u{200F}mark", "\u{202E}x\u{202C}", "\u{2067}\u{202E}x\u{2069}", "stray\u{202C}\u{2069}"] {
            #expect(BidiText.balanced(text) == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func bothEscapersCloseWhatDataLeavesOpen() {
        #expect(HTMLText.escape("<b>\u{202E}x") == "&lt;b&gt;\u{202E}x\u{202C}")
        #expect(MarkdownText.escape("*\u{2068}x") == "\\*\u{2068}x\u{2069}")
        let reference: [Inline] = [.emphasis([.text("Title\u{202E}")]), .text(". Publisher, 2021.")]
        #expect(reference.html == "<em>Title\u{202E}\u{202C}</em>. Publisher, 2021.")
        #expect(CommonMark.render(reference.markdown).html.contains("Title\u{202E}\u{202C}</em>. Publisher"))
    }
}
