import Testing

@testable import LifelineRender

/// Shortcuts that skip splitting text into characters must give what the character-by-character code gives.
@Suite("Text fast paths")
struct TextFastPathTests {
    /// Strings from pieces that matter to line breaking (every Unicode line break, CR LF, look-alike bytes) and
    /// ordinary text, joined at random with a fixed seed.
    static func corpus(count: Int) -> [String] {
        let pieces = [
            "a", " ", "é", "한", "—", "“", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "Å", "\u{2028}", "\u{2029}",
            "\u{1028}", "\u{1F028}", "<svg>", "\n\n",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test("a text piece's HTML joins its lines as splitting by characters does")
    func oneLine() {
        for text in Self.corpus(count: 20_000) {
            #expect(Inline.oneLine(text) == text.split(whereSeparator: \.isNewline).joined(separator: " "), "\(text.debugDescription)")
        }
    }

    @Test("a figure's inline SVG loses its blank lines as splitting by characters does")
    func blankLines() {
        for text in Self.corpus(count: 20_000) + ["<svg>\n</svg>\n", "\n", "a\n"] {
            let slow = text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
            #expect(ChartFigure.withoutBlankLines(text) == slow, "\(text.debugDescription)")
        }
    }

    @Test("searching text by its bytes first finds what Foundation's search by characters finds")
    func containsText() {
        let braces = ["}}", "}", "(", ")", "}\u{301}", "{{!"]
        for text in Self.corpus(count: 5_000).map({ $0.replacingOccurrences(of: "<svg>", with: "}}(") + "}\u{301}}" }) {
            for other in braces + ["é", "\r\n"] {
                #expect(text.containsText(other) == text.contains(other), "\(text.debugDescription) \(other.debugDescription)")
                #expect(text.dropFirst(2).containsText(other) == text.dropFirst(2).contains(other))
            }
        }
    }
}
