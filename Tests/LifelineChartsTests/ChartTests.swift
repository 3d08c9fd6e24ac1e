import Foundation
import LifelineCharts
import Testing

@Suite struct ChartTests {
    static func simple(name: String = "simple", marks: [any Mark], x: Axis = .linear(), y: Axis = .linear()) throws -> Chart {
        try Chart(name: name, title: "Title", description: "Description", x: x, y: y, marks: marks)
    }

    @Test(arguments: ["Bad", "1abc", "a b", "a_b", "", "-a", "é", String(repeating: "a", count: 65), "a\"b"])
    func rejectsInvalidNames(name: String) {
        #expect(throws: ChartError.invalidName(name)) { try Self.simple(name: name, marks: []) }
    }

    @Test(arguments: ["a", "chart-1", "income-histogram-2024", String(repeating: "z", count: 64)])
    func acceptsValidNames(name: String) throws {
        #expect(try Self.simple(name: name, marks: []).name == name)
    }

    @Test func renderingIsDeterministic() throws {
        for chart in try SampleCharts.all() {
            #expect(chart.svg(theme: .report) == chart.svg(theme: .report))
            #expect(chart.svg(theme: .slide, options: .inline) == chart.svg(theme: .slide, options: .inline))
        }
    }

    @Test func severalInlineChartsNeverShareIds() throws {
        let page = try SampleCharts.all().map { $0.svg(options: .inline) }.joined(separator: "\n")
        let ids = page.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count == 16)
        #expect(Set(ids).count == ids.count)
    }

    @Test func sizeOverridesAndHiddenTitle() throws {
        var chart = try SampleCharts.forecast()
        chart.width = 900
        chart.height = 500
        let svg = chart.svg(theme: .report, options: RenderOptions(flavor: .standalone, showsTitle: false))
        #expect(svg.contains("viewBox=\"0 0 900 500\""))
        #expect(svg.contains("<title id=\"forecast-title\">Volumes keep rising under every scenario</title>"))
        #expect(!svg.contains(">Volumes keep rising under every scenario</text>"))
        #expect(Theme.report.sized(width: 320, height: 200).width == 320)
    }

    @Test func hostileTextStaysText() throws {
        let chart = try SampleCharts.columns()
        let svg = chart.svg()
        #expect(svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&quot;onload=alert(1)&quot; &lt;b&gt;&amp;&lt;/b&gt;"))
        #expect(svg.contains("한국어 범주"))
        #expect(svg.contains("\u{200F}Other\u{200F}"))
        let inspector = SVGInspector(svg)
        #expect(inspector.parseError == nil)
        #expect(inspector.all("script").isEmpty)
        let titleText = chart.title
        #expect(inspector.texts.contains { $0.text == titleText })
    }

    @Test func controlCharactersAreStripped() throws {
        let chart = try Chart(
            name: "ctrl", title: "Bell\u{7}Escape\u{1B}", description: "Null\u{0}byte",
            x: .band(), y: .linear(), marks: [BarMark([Bar("Tab\tok\u{2}", value: 3)])])
        let svg = chart.svg()
        #expect(SVGInspector(svg).parseError == nil)
        #expect(svg.contains("BellEscape") && svg.contains("Nullbyte"))
    }

    @Test func nonFiniteAndEmptyDataNeverReachCoordinates() throws {
        let charts = [
            try Self.simple(marks: []),
            try Self.simple(marks: [LineMark([DataPoint(.nan, .infinity), DataPoint(1, .nan)], label: "Ghost")]),
            try Self.simple(marks: [LineMark([DataPoint(3, 7)], label: "Single")]),
            try Self.simple(marks: [HistogramMark([Bin(lower: .nan, upper: 2, value: .infinity)])]),
            try Self.simple(marks: [BarMark([Bar("a", value: .nan), Bar("b", value: .infinity)])], x: .band()),
            try Self.simple(marks: [AreaMark([BandPoint(x: 1, low: .nan, high: 2)])]),
            try Self.simple(marks: [PointRangeMark([PointRange("a", value: .nan, low: 1, high: .infinity)])], y: .band()),
            try Self.simple(marks: [RuleMark(x: .nan, label: "NaN rule"), RuleMark(y: 5, label: "five")]),
            try Self.simple(marks: [LineMark([DataPoint(0, 0), DataPoint(1, 1)])], x: .log(), y: .log()),
            try Self.simple(
                marks: [LineMark([DataPoint(0, 0), DataPoint(1, 1)])],
                x: .linear(domain: 5...5), y: .linear(domain: -Double.infinity...1)),
            try Self.simple(marks: [LineMark([DataPoint(0, 1e-300), DataPoint(1e300, 1e308)])]),
        ]
        for chart in charts {
            for theme in Theme.all {
                let svg = chart.svg(theme: theme)
                #expect(!svg.contains("NaN") && !svg.contains("inf"), "\(svg)")
                #expect(SVGInspector(svg).parseError == nil)
            }
        }
    }

    @Test func automaticLegendAndExplicitOverride() throws {
        var chart = try SampleCharts.stackedShares()
        #expect(chart.svg().contains(">Imports</text>"))
        chart.legend = []
        #expect(!chart.svg().contains(">Imports</text>"))
    }

    @Test func narrowChartsThinTheirTicks() throws {
        var chart = try Self.simple(
            marks: [LineMark([DataPoint(0, 0), DataPoint(1.2e9, 3e9)])],
            x: .linear(format: .currency("USD"), ticks: 20), y: .linear(format: .count))
        chart.width = 240
        chart.height = 180
        let inspector = SVGInspector(chart.svg())
        #expect(inspector.overlappingTexts.isEmpty, "\(inspector.overlappingTexts)")
        #expect(inspector.texts.count >= 4)
    }

    @Test func rotatedBandLabelsForManyCategories() throws {
        let names = (1...30).map { "Category number \($0)" }
        var chart = try Self.simple(marks: [BarMark(names.map { Bar($0, value: 1) })], x: .band())
        chart.width = 640
        let svg = chart.svg()
        #expect(svg.contains("transform=\"rotate(-90 "))
        #expect(SVGInspector(svg).parseError == nil)
    }

    @Test func longCategoryLabelsKeepTheirFullTextInATitle() throws {
        let long = "An extremely long category label that cannot possibly fit beside a small bar chart"
        var chart = try Self.simple(marks: [BarMark([Bar(long, value: 3), Bar("Short", value: 2)])], y: .band())
        chart.height = 160
        let svg = chart.svg()
        #expect(svg.contains("<title>\(long)</title>"))
        #expect(svg.contains("…"))
    }
}
