import LifelineCharts
import Testing

@Suite struct PointRuleTextTests {
    @Test func pointRangeIsWhiskerAndDot() {
        let mark = PointRangeMark([PointRange("a", value: 0, low: -5, high: 5, label: "0 (−5 to 5)")])
        let svg = Plots.svg(mark.render(in: Plots.rows))
        #expect(svg.contains("<path d=\"M25,25L75,25M25,20.2L25,29.8M75,20.2L75,29.8\" stroke=\"#0072b2\" stroke-width=\"2\""))
        #expect(svg.contains("<circle cx=\"50\" cy=\"25\" r=\"5\" fill=\"#0072b2\" class=\"chart-fill series-1\"/>"))
        #expect(mark.edgeLabels(in: Plots.rows) == [EdgeLabel(edge: .right, position: 25, text: "0 (−5 to 5)", ink: .text)])
    }

    @Test func emphasizedRangeIsADiamondWithABoldLabel() {
        let mark = PointRangeMark([PointRange("b", value: 2, low: 0, high: 4, ink: .text, label: "Pooled", emphasized: true)])
        let svg = Plots.svg(mark.render(in: Plots.rows))
        #expect(!svg.contains("<circle"))
        #expect(svg.contains("<path d=\"M60,"))
        #expect(svg.contains("Z\" fill=\"#1d2125\" class=\"chart-fill ink-text\"/>"))
        #expect(mark.edgeLabels(in: Plots.rows).first?.bold == true)
    }

    @Test func verticalPointRangeLabelsSitAboveTheWhisker() {
        let mark = PointRangeMark([PointRange("a", value: 5, low: 3, high: 7, label: "5")])
        let svg = Plots.svg(mark.render(in: Plots.columns))
        #expect(svg.contains("<text x=\"25\" y=\"22.5\" text-anchor=\"middle\""))
        #expect(mark.edgeLabels(in: Plots.columns).isEmpty)
    }

    @Test func rulesAndTheirLabels() {
        let vertical = RuleMark(x: 5, label: "Median")
        #expect(
            Plots.svg(vertical.render(in: Plots.numeric)) == """
                <line x1="50" y1="0" x2="50" y2="100" stroke="#1d2125" stroke-width="1.5" class="chart-stroke ink-text"/>
                """)
        #expect(vertical.edgeLabels(in: Plots.numeric) == [EdgeLabel(edge: .top, position: 50, text: "Median", ink: .text)])
        let horizontal = RuleMark(y: 3, label: "Target", ink: .muted, dashed: true)
        #expect(Plots.svg(horizontal.render(in: Plots.numeric)).contains("stroke-dasharray=\"4.5 3\""))
        #expect(horizontal.edgeLabels(in: Plots.numeric).first?.edge == .right)
        #expect(RuleMark(x: 50, label: "Outside").render(in: Plots.numeric).isEmpty)
        #expect(RuleMark(x: 50, label: "Outside").edgeLabels(in: Plots.numeric).isEmpty)
    }

    @Test func textAnnotation() {
        let mark = TextMark("Peak", x: "a", y: 5, anchor: .middle, dy: -4, ink: .series(3), bold: true)
        let colour = Theme.report.textColor(for: .series(3)).hex
        #expect(
            Plots.svg(mark.render(in: Plots.columns)) == """
                <text x="25" y="50.2" text-anchor="middle" fill="\(colour)" font-weight="bold" class="chart-label series-3">Peak</text>
                """)
        #expect(mark.categories(along: .x, orientation: .vertical) == ["a"])
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [5])
        #expect(TextMark("Nowhere", x: "zzz", y: 5).render(in: Plots.columns).isEmpty)
    }
}
