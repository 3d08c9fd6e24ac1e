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

@Suite struct SVGNumberTests {
    @Test(arguments: [(12.0, "12"), (12.34, "12.3"), (-0.04, "0"), (0.05, "0.1"), (-2.25, "-2.3"), (100, "100"),
                      (1e20, "1000000"), (-1e20, "-1000000"), (0.999, "1")])
    func formats(value: Double, expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }

    @Test func refusesNonFinite() {
        #expect(SVGNumber.format(.nan) == nil)
        #expect(SVGNumber.format(.infinity) == nil)
        #expect(SVGNumber.format(0.156, decimals: 2) == "0.16")
    }

    @Test func pathDataRoundsAndFlagsNonFinite() {
        var path = PathData()
        path.move(1.04, 2)
        path.line(3.16, 4.0)
        path.close()
        #expect(path.description == "M1,2L3.2,4Z")
        #expect(path.isFinite)
        path.line(.nan, 1)
        #expect(!path.isFinite)
    }
}

@Suite struct SVGWriterTests {
    @Test func standaloneHasDeclarationAndNoClasses() {
        let root = SVGElement("svg", [.init("width", 10)], classes: ["chart"], elements: [
            .rect(x: 0, y: 0, width: 10, height: 10, [.init("fill", "#ffffff")], classes: ["chart-bg"]),
        ])
        let standalone = SVGWriter(flavor: .standalone).document(root)
        #expect(standalone.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        #expect(!standalone.contains("class="))
        let inline = SVGWriter(flavor: .inline).document(root)
        #expect(inline.hasPrefix("<svg width=\"10\" class=\"chart\">"))
        #expect(inline.contains("<rect x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#ffffff\" class=\"chart-bg\"/>"))
    }

    @Test func dropsElementsWithNonFiniteNumbers() {
        var bad = PathData()
        bad.move(.infinity, 0)
        let root = SVGElement.group([], [
            .rect(x: .nan, y: 0, width: 1, height: 1),
            .circle(cx: 1, cy: 1, r: .infinity),
            .path(bad),
            .text("kept", x: 1, y: 2),
        ])
        let text = SVGWriter(flavor: .standalone).fragment(root)
        #expect(text == "<g>\n<text x=\"1\" y=\"2\">kept</text>\n</g>")
    }

    @Test func escapesTextAndTitles() {
        let text = SVGElement.text("<b>\"x\"</b>", x: 0, y: 0, title: "a & b")
        #expect(SVGWriter(flavor: .standalone).fragment(text)
            == "<text x=\"0\" y=\"0\"><title>a &amp; b</title>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</text>")
    }

    @Test func rectsWithNegativeSizesAreFlipped() {
        let rect = SVGElement.rect(x: 10, y: 10, width: -4, height: -2)
        #expect(SVGWriter(flavor: .standalone).fragment(rect) == "<rect x=\"6\" y=\"8\" width=\"4\" height=\"2\"/>")
    }
}
