import LifelineCharts
import Testing

@Suite struct BandScaleTests {
    @Test func positionsMatchD3() {
        let scale = BandScale(domain: ["a", "b", "c"], range: ScreenRange(0, 120), paddingInner: 0.2, paddingOuter: 0.1)
        #expect(scale.step == 40)
        #expect(abs(scale.bandwidth - 32) < 1e-9)
        #expect(scale("a") == 4)
        #expect(scale("b") == 44)
        #expect(scale("c") == 84)
        #expect(scale.center(of: "b") == 60)
        #expect(scale("zzz") == nil)
    }

    @Test func reversedRangeAndDuplicates() {
        let scale = BandScale(domain: ["a", "b", "a", "c"], range: ScreenRange(120, 0))
        #expect(scale.domain == ["a", "b", "c"])
        #expect(scale("a") == 84)
        #expect(scale("c") == 4)
    }

    @Test func emptyAndSingleDomainsStayFinite() {
        let empty = BandScale(domain: [], range: ScreenRange(0, 100))
        #expect(empty.step.isFinite && empty.bandwidth.isFinite)
        let single = BandScale(domain: ["only"], range: ScreenRange(0, 100), paddingInner: 0, paddingOuter: 0)
        #expect(single("only") == 0)
        #expect(single.bandwidth == 100)
    }
}
