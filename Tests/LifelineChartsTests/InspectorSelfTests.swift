import Foundation
import LifelineCharts
import Testing

@Suite struct InspectorSelfTests {
    @Test func overlapDetectionWorks() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" font-size="12"><text x="0" y="10">AAAA</text>\
            <g text-anchor="end"><text x="40" y="12">BBBB</text></g><text x="0" y="60">C</text></svg>
            """
        let inspector = SVGInspector(svg)
        #expect(inspector.parseError == nil)
        #expect(inspector.texts.count == 3)
        #expect(inspector.overlappingTexts.count == 1)
    }
}
