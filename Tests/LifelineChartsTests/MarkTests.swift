import LifelineCharts
import Testing

/// Small plots with round numbers, so mark output can be checked exactly.
enum Plots {
    static let frame = Rect(x: 0, y: 0, width: 100, height: 100)
    static let xLinear = PositionScale.linear(LinearScale(domain: 0...10, range: ScreenRange(0, 100), clamped: true))
    static let yLinear = PositionScale.linear(LinearScale(domain: 0...10, range: ScreenRange(100, 0), clamped: true))
    static let xBands = PositionScale.band(BandScale(domain: ["a", "b"], range: ScreenRange(0, 100), paddingInner: 0, paddingOuter: 0))
    static let yBands = PositionScale.band(BandScale(domain: ["a", "b"], range: ScreenRange(0, 100), paddingInner: 0, paddingOuter: 0))

    static let numeric = Plot(frame: frame, x: xLinear, y: yLinear, theme: .report)
    static let columns = Plot(frame: frame, x: xBands, y: yLinear, theme: .report)
    static let rows = Plot(frame: frame, x: .linear(LinearScale(domain: -10...10, range: ScreenRange(0, 100))), y: yBands,
                           theme: .report)

    static func svg(_ elements: [SVGElement]) -> String {
        elements.map { SVGWriter(flavor: .inline).fragment($0) }.joined(separator: "\n")
    }
}

@Suite struct LineAndAreaTests {
    @Test func lineIsOnePath() {
        let mark = LineMark([DataPoint(0, 0), DataPoint(5, 5), DataPoint(10, 10)])
        #expect(Plots.svg(mark.render(in: Plots.numeric)) == """
            <path d="M0,100L50,50L100,0" fill="none" stroke="#0072b2" stroke-width="2" stroke-linejoin="round" \
            stroke-linecap="round" class="chart-stroke series-1"/>
            """)
    }

    @Test func missingValuesBreakTheLine() {
        let mark = LineMark([DataPoint(0, 1), DataPoint(1, 2), DataPoint(2, .nan), DataPoint(4, 4), DataPoint(6, 6)])
        let svg = Plots.svg(mark.render(in: Plots.numeric))
        #expect(svg.contains("d=\"M0,90L10,80M40,60L60,40\""))
        #expect(!svg.contains("NaN"))
    }

    @Test func dashedPointsAndWeight() {
        let mark = LineMark([DataPoint(0, 0), DataPoint(10, 10)], ink: .series(2), dashed: true, showsPoints: true, weight: 2)
        let svg = Plots.svg(mark.render(in: Plots.numeric))
        #expect(svg.contains("stroke-width=\"4\""))
        #expect(svg.contains("stroke-dasharray=\"12 8\""))
        #expect(svg.contains("<circle cx=\"0\" cy=\"100\" r=\"6\"/>"))
        #expect(svg.contains("class=\"chart-stroke series-2\""))
    }

    @Test func directLabelSitsAtTheLastDrawablePoint() {
        let mark = LineMark([DataPoint(0, 0), DataPoint(8, 6), DataPoint(10, .nan)], label: "Series A")
        #expect(mark.edgeLabels(in: Plots.numeric) == [EdgeLabel(edge: .right, position: 40, text: "Series A", ink: .series(1))])
        #expect(LineMark([DataPoint(0, .nan)], label: "x").edgeLabels(in: Plots.numeric).isEmpty)
    }

    @Test func areaIsAClosedBand() {
        let mark = AreaMark([BandPoint(x: 0, low: 2, high: 4), BandPoint(x: 10, low: 3, high: 6)], legendLabel: "Range")
        #expect(Plots.svg(mark.render(in: Plots.numeric)) == """
            <path d="M0,60L100,40L100,70L0,80Z" fill="#0072b2" fill-opacity="0.2" class="chart-fill series-1"/>
            """)
        #expect(mark.legendEntries == [LegendEntry("Range", ink: .series(1), opacity: 0.2)])
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [2, 4, 3, 6])
    }

    @Test func areaUnderALine() {
        let mark = AreaMark(under: [DataPoint(0, 5), DataPoint(10, 5)])
        #expect(Plots.svg(mark.render(in: Plots.numeric)).contains("d=\"M0,50L100,50L100,100L0,100Z\""))
    }
}

@Suite struct BarTests {
    @Test func verticalBarWithLabelAbove() {
        let mark = BarMark([Bar("a", value: 5, label: "5")])
        #expect(Plots.svg(mark.render(in: Plots.columns)) == """
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
        #expect(Plots.svg(mark.render(in: Plots.numeric)) == """
            <path d="M0.5,60H49.5V100H0.5ZM50.5,20H99.5V100H50.5Z" fill="#0072b2" class="chart-fill series-1"/>
            """)
        #expect(mark.domainValues(along: .x, orientation: .vertical) == [0, 5, 5, 10])
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [0, 4, 8])
    }

    @Test func emptyHistogramRendersNothing() {
        #expect(HistogramMark([Bin(lower: 1, upper: 1, value: 3), Bin(lower: 0, upper: 2, value: 0)])
            .render(in: Plots.numeric).isEmpty)
    }
}

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
        #expect(Plots.svg(vertical.render(in: Plots.numeric)) == """
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
        #expect(Plots.svg(mark.render(in: Plots.columns)) == """
            <text x="25" y="50.2" text-anchor="middle" fill="\(colour)" font-weight="bold" class="chart-label series-3">Peak</text>
            """)
        #expect(mark.categories(along: .x, orientation: .vertical) == ["a"])
        #expect(mark.domainValues(along: .y, orientation: .vertical) == [5])
        #expect(TextMark("Nowhere", x: "zzz", y: 5).render(in: Plots.columns).isEmpty)
    }
}
