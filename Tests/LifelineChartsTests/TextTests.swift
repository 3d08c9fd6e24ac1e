import LifelineCharts
import Testing

@Suite struct TextTests {
    @Test func measuresRoughlyLikeHelvetica() {
        #expect(TextMeasure.width("", size: 12) == 0)
        let digits = TextMeasure.width("0000", size: 10)
        #expect(abs(digits - 4 * 5.56 * 1.1) < 0.01)
        #expect(TextMeasure.width("한국", size: 10) > TextMeasure.width("ab", size: 10))
        #expect(TextMeasure.width("a\u{200F}b", size: 10) == TextMeasure.width("ab", size: 10))
        #expect(TextMeasure.width("Bold", size: 10, bold: true) > TextMeasure.width("Bold", size: 10))
    }

    @Test func wrapsAtSpaces() {
        let wrapped = TextWrap.lines("Central highlands and plateau region", width: 120, size: 12)
        #expect(wrapped.lines.count == 2)
        #expect(!wrapped.truncated)
        #expect(wrapped.lines.allSatisfy { TextMeasure.width($0, size: 12) <= 120 })
    }

    @Test func truncatesWhatDoesNotFit() {
        let wrapped = TextWrap.lines("one two three four five six seven", width: 40, size: 12, maxLines: 2)
        #expect(wrapped.lines.count == 2)
        #expect(wrapped.truncated)
        #expect(wrapped.lines.last?.hasSuffix("…") == true)
        #expect(TextWrap.truncate("Supercalifragilistic", width: 50, size: 12).hasSuffix("…"))
        #expect(TextWrap.truncate("Short", width: 500, size: 12) == "Short")
        #expect(TextWrap.lines("   ", width: 50, size: 12).lines.isEmpty)
    }
}
