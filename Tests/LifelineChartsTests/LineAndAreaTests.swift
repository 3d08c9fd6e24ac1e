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
    static let rows = Plot(
        frame: frame, x: .linear(LinearScale(domain: -10...10, range: ScreenRange(0, 100))), y: yBands,
        theme: .report)

    static func svg(_ elements: [SVGElement]) -> String {
        elements.map { SVGWriter(flavor: .inline).fragment($0) }.joined(separator: "\n")
    }
}

@Suite struct LineAndAreaTests {
    @Test func lineIsOnePath() {
        let mark = LineMark([DataPoint(0, 0), DataPoint(5, 5), DataPoint(10, 10)])
        #expect(
            Plots.svg(mark.render(in: Plots.numeric)) == """
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
        #expect(
            Plots.svg(mark.render(in: Plots.numeric)) == """
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
