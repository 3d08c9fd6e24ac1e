import LifelineCharts
import Testing

@Suite struct SVGWriterTests {
    @Test func standaloneHasDeclarationAndNoClasses() {
        let root = SVGElement(
            "svg", [.init("width", 10)], classes: ["chart"],
            elements: [
                .rect(x: 0, y: 0, width: 10, height: 10, [.init("fill", "#ffffff")], classes: ["chart-bg"])
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
        let root = SVGElement.group(
            [],
            [
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
        #expect(
            SVGWriter(flavor: .standalone).fragment(text)
                == "<text x=\"0\" y=\"0\"><title>a &amp; b</title>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</text>")
    }

    @Test func rectsWithNegativeSizesAreFlipped() {
        let rect = SVGElement.rect(x: 10, y: 10, width: -4, height: -2)
        #expect(SVGWriter(flavor: .standalone).fragment(rect) == "<rect x=\"6\" y=\"8\" width=\"4\" height=\"2\"/>")
    }
}
