import LifelineCharts
import Testing

@Suite struct LogScaleTests {
    @Test func ticksAtOneTwoFive() {
        #expect(LogScale(domain: 1...1000).ticks(10) == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
        #expect(LogScale(domain: 0.01...1).ticks(10) == [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1])
    }

    @Test func ticksAtPowersOfTenForManyDecades() {
        #expect(LogScale(domain: 1...1e6).ticks(10) == [1, 10, 100, 1000, 1e4, 1e5, 1e6])
        let wide = LogScale(domain: 1...1e12).ticks(5)
        #expect(wide.count <= 7 && wide.first == 1 && wide.last == 1e12)
    }

    @Test func narrowDomainFallsBackToLinearTicks() {
        let ticks = LogScale(domain: 31...38).ticks(5)
        #expect(ticks.count >= 2)
        #expect(ticks.allSatisfy { (31...38).contains($0) })
    }

    @Test func niceMapAndRepair() {
        #expect(LogScale(domain: 3...870).nice().domain == 1...1000)
        let scale = LogScale(domain: 1...100, range: ScreenRange(0, 100))
        #expect(abs(scale(10) - 50) < 1e-9)
        #expect(scale(0).isNaN)
        #expect(scale(-5).isNaN)
        #expect(LogScale(domain: 0...100).domain == 0.1...100)
        #expect(LogScale(domain: -5...(-1)).domain == 1...10)
    }
}
