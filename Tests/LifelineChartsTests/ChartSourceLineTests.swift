import Foundation
import LifelineCharts
import Testing

/// The note under a chart (its source line) and its tag (a caveat such as "Scenario") are drawn in the image, so they
/// survive the chart being lifted onto a slide; a page that prints the note beside the image can leave it out.
@Suite struct ChartSourceLineTests {
    /// The sample histogram with a tag and a long note.
    static func tagged() throws -> Chart {
        var chart = try SampleCharts.histogram()
        chart.tag = "Projection"
        chart.caption = "Sources: a made-up survey (2019); another made-up survey (2021); a third, longer made-up register (2024)"
        return chart
    }

    /// The texts of the `<text>` elements of `svg`, in order.
    static func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) }
        }
    }

    @Test(arguments: [Theme.report, .slide, .dark, .slideDark])
    func theTagAndTheNoteAreDrawnAndTheTagDoesNotCoverTheNote(_ theme: Theme) throws {
        let chart = try Self.tagged()
        let svg = chart.svg(theme: theme)
        let texts = Self.texts(svg)
        #expect(texts.contains("Projection"))
        #expect(texts.contains { $0.hasPrefix("Sources: a made-up survey") })
        // The tag's box lies right of every line of the note.
        let beforeTag = try #require(svg.components(separatedBy: ">Projection<").first)
        let box = try #require(beforeTag.components(separatedBy: "<rect ").last)
        let x = try #require(Double(box.components(separatedBy: "x=\"")[1].prefix { $0 != "\"" }))
        for line in texts where line.hasPrefix("Sources:") || line.hasSuffix("(2024)") {
            #expect(TextMeasure.width(line, size: theme.fontSize) + theme.padding < x, "\(line)")
        }
    }

    @Test func withoutTheCaptionOptionTheNoteIsLeftOutButTheTagStays() throws {
        let svg = try Self.tagged().svg(theme: .report, options: RenderOptions(flavor: .inline, showsCaption: false))
        #expect(!svg.contains("Sources: a made-up survey"))
        #expect(Self.texts(svg).contains("Projection"))
    }

    @Test func aChartWithoutATagDrawsNoTagBox() throws {
        let svg = try SampleCharts.histogram().svg(theme: .slide)
        #expect(
            svg.components(separatedBy: "<rect ").count == (try Self.tagged()).svg(theme: .slide).components(separatedBy: "<rect ").count
                - 1)
        #expect(svg.contains("Source: made-up data for testing."))
    }
}
