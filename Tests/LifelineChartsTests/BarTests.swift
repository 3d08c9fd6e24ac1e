import LifelineCharts
import Testing

@Suite struct BarTests {
    @Test func verticalBarWithLabelAbove() {
        let mark = BarMark([Bar("a", value: 5, label: "5")])
        #expect(
            Plots.svg(mark.render(in: Plots.columns)) == """
                <rect x="0" y="50" width="50" height="50" fill="#0072b2" class="chart-fill series-1"/>
                <text x="25" y="45" text-anchor="middle" fill="#1d2125" class="chart-text">5</text>
                """)
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [0, 5])
        #expect(mark.categories(along: .x, orientation: .vertical) == ["a"])
    }

    @Test func tallBarPutsItsLabelInside() {
        let svg = Plots.svg(BarMark([Bar("b", value: 10, label: "10")]).render(in: Plots.columns))
        #expect(svg.contains("class=\"chart-on-fill series-1\""))
        #expect(svg.contains("fill=\"#ffffff\""))
    }

    @Test func horizontalBarsGrowEitherWayFromTheirBase() {
        let mark = BarMark([Bar("a", value: -4, base: 2, ink: .series(2), label: "−4"), Bar("b", value: 6, base: 2)])
        let svg = Plots.svg(mark.render(in: Plots.rows))
        #expect(svg.contains("<rect x=\"30\" y=\"0\" width=\"30\" height=\"50\" fill=\"#d55e00\""))
        #expect(svg.contains("<rect x=\"60\" y=\"50\" width=\"20\" height=\"50\""))
        #expect(svg.contains("text-anchor=\"end\""))
        #expect(mark.domainValues(along: .x, orientation: .horizontal) == [2, -4, 2, 6])
    }

    @Test func unknownCategoriesAndNonFiniteValuesAreSkipped() {
        let mark = BarMark([Bar("zzz", value: 3), Bar("a", value: .nan), Bar("b", value: .infinity)])
        #expect(mark.render(in: Plots.columns).isEmpty)
    }

    @Test func stackedSegmentsAccumulate() {
        let mark = StackedBarMark(series: ["One", "Two"], stacks: [Stack("a", values: [2, 3])], valueFormat: .count)
        let svg = Plots.svg(mark.render(in: Plots.columns))
        #expect(svg.contains("<g stroke=\"#ffffff\" stroke-width=\"1\" class=\"chart-sep\">"))
        #expect(svg.contains("<rect x=\"0\" y=\"80\" width=\"50\" height=\"20\" fill=\"#0072b2\""))
        #expect(svg.contains("<rect x=\"0\" y=\"50\" width=\"50\" height=\"30\" fill=\"#d55e00\""))
        #expect(svg.contains(">3</text>"))
        #expect(mark.legendEntries == [LegendEntry("One", ink: .series(1)), LegendEntry("Two", ink: .series(2))])
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [0, 0, 2, 2, 5])
    }

    @Test func stackedNegativesGoTheOtherWay() {
        let mark = StackedBarMark(series: ["Up", "Down"], stacks: [Stack("a", values: [4, -3])])
        #expect(mark.domainValues(along: .x, orientation: .horizontal) == [0, 0, 4, 0, -3])
        let svg = Plots.svg(mark.render(in: Plots.rows))
        #expect(svg.contains("<rect x=\"35\" y=\"0\" width=\"15\" height=\"50\""))
    }

    @Test func histogramIsOnePathOfColumns() {
        let mark = HistogramMark([Bin(lower: 0, upper: 5, value: 4), Bin(lower: 5, upper: 10, value: 8)])
        #expect(
            Plots.svg(mark.render(in: Plots.numeric)) == """
                <path d="M0.5,60H49.5V100H0.5ZM50.5,20H99.5V100H50.5Z" fill="#0072b2" class="chart-fill series-1"/>
                """)
        #expect(mark.domainValues(along: .x, orientation: .vertical) == [0, 5, 5, 10])
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [0, 4, 8])
    }

    @Test func emptyHistogramRendersNothing() {
        #expect(
            HistogramMark([Bin(lower: 1, upper: 1, value: 3), Bin(lower: 0, upper: 2, value: 0)])
                .render(in: Plots.numeric).isEmpty)
    }
}
