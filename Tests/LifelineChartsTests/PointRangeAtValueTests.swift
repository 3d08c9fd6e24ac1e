import LifelineCharts
import Testing

/// A point range placed at a value of a numeric axis (a vertical range on a line chart): it sits at that value,
/// ranges at the same value sit side by side around it, and it widens the axis's domain to its position.
@Suite struct PointRangeAtValueTests {
    @Test func rangesAtOneValueSitSideBySideAroundIt() {
        let mark = PointRangeMark([
            PointRange(at: 5, value: 5, low: 2, high: 8),
            PointRange(at: 5, value: 4, low: 1, high: 6, ink: .series(2)),
            PointRange(at: 8, value: 3, low: 3, high: 3, ink: .series(3)),
        ])
        let svg = Plots.svg(mark.render(in: Plots.numeric))
        let half = Theme.report.fontSize * 0.8 / 2
        #expect(svg.contains("<circle cx=\"\(SVGNumber.format(50 - half)!)\" cy=\"50\""), "\(svg)")
        #expect(svg.contains("<circle cx=\"\(SVGNumber.format(50 + half)!)\" cy=\"60\""), "\(svg)")
        #expect(svg.contains("<circle cx=\"80\" cy=\"70\""), "\(svg)")
        #expect(mark.domainValues(along: .x, orientation: .vertical) == [5, 5, 8])
        #expect(mark.categories(along: .x, orientation: .vertical).isEmpty)
    }

    @Test func aRangeAtAValueOnABandAxisIsNotDrawn() {
        #expect(PointRangeMark([PointRange(at: 5, value: 5, low: 2, high: 8)]).render(in: Plots.columns).isEmpty)
    }
}
