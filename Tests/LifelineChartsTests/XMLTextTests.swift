import LifelineCharts
import Testing

@Suite struct XMLTextTests {
    @Test func escapesMarkupInText() {
        #expect(XMLText.escapeText("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;")
    }

    @Test func escapesAttributes() {
        #expect(XMLText.escapeAttribute("a\"b<c>&d\ne") == "a&quot;b&lt;c&gt;&amp;d&#10;e")
        #expect(XMLText.escapeAttribute("'Liberation Sans'") == "'Liberation Sans'")
    }

    @Test func stripsCharactersXMLForbids() {
        let dirty = "a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{FFFE}f\tg\nh"
        #expect(XMLText.sanitize(dirty) == "abcdef\tg\nh")
        #expect(XMLText.escapeText("x\u{8}y") == "xy")
    }

    @Test func keepsKoreanAndBidiMarks() {
        let text = "한국어 \u{200F}שלום\u{200F} ✓"
        #expect(XMLText.escapeText(text) == text)
    }
}
