import LifelineCharts
import Testing

@Suite struct TickMathTests {
    /// As in d3: ten ticks over 0–0.7 step by 0.05 (error 7 rounds to factor 5), five ticks by 0.1.
    @Test func zeroToPointSevenFollowsD3() {
        #expect(TickMath.ticks(from: 0, to: 0.7, count: 5) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        let twentieths = TickMath.ticks(from: 0, to: 0.7, count: 10)
        #expect(twentieths.count == 15)
        #expect(twentieths[1] == 0.05 && twentieths[3] == 0.15 && twentieths.last == 0.7)
    }

    @Test func millionsFollowD3() {
        let tens = TickMath.ticks(from: 26e6, to: 91e6, count: 10)
        #expect(tens.first == 30e6 && tens.last == 90e6)
        #expect(tens.count == 13)
        #expect(TickMath.tickStep(from: 26e6, to: 91e6, count: 10) == 5e6)
        #expect(TickMath.ticks(from: 26e6, to: 91e6, count: 5) == [30e6, 40e6, 50e6, 60e6, 70e6, 80e6, 90e6])
    }

    @Test func incrementIsNegativeInverseBelowOne() {
        #expect(TickMath.tickIncrement(from: 0, to: 1, count: 10) == -10)
        #expect(TickMath.tickIncrement(from: 0, to: 100, count: 10) == 10)
        #expect(TickMath.tickStep(from: 0, to: 1, count: 10) == 0.1)
        #expect(TickMath.tickStep(from: 1, to: 0, count: 10) == 0.1)
    }

    @Test func negativeToPositive() {
        #expect(TickMath.ticks(from: -3.7, to: 8.2, count: 5) == [-2, 0, 2, 4, 6, 8])
    }

    @Test func tinyAndHugeMagnitudes() {
        let tiny = TickMath.ticks(from: 1e-9, to: 7e-9, count: 10)
        #expect(tiny.count == 13)
        #expect(tiny.first == 1e-9 && tiny.last == 7e-9)
        #expect(tiny.allSatisfy { $0.isFinite })
        #expect(TickMath.ticks(from: 0, to: 1.2e12, count: 5) == [0, 2e11, 4e11, 6e11, 8e11, 1e12, 1.2e12])
    }

    @Test func reversedEqualAndInvalidBounds() {
        #expect(TickMath.ticks(from: 1, to: 0, count: 5) == [1, 0.8, 0.6, 0.4, 0.2, 0])
        #expect(TickMath.ticks(from: 5, to: 5, count: 10) == [5])
        #expect(TickMath.ticks(from: .nan, to: 1, count: 10).isEmpty)
        #expect(TickMath.ticks(from: 0, to: .infinity, count: 10).isEmpty)
        #expect(TickMath.ticks(from: 0, to: 1, count: 0).isEmpty)
        #expect(TickMath.tickIncrement(from: 1, to: 1, count: 10) == 0)
    }
}

@Suite struct LinearScaleTests {
    @Test func mapsAndInverts() {
        let scale = LinearScale(domain: 0...10, range: ScreenRange(300, 0))
        #expect(scale(0) == 300)
        #expect(scale(5) == 150)
        #expect(scale.invert(150) == 5)
        #expect(scale(.nan).isNaN)
    }

    @Test func clamps() {
        let scale = LinearScale(domain: 0...10, range: ScreenRange(0, 100), clamped: true)
        #expect(scale(20) == 100)
        #expect(scale(-5) == 0)
    }

    @Test func niceDomains() {
        #expect(LinearScale(domain: 0...0.7).nice().domain == 0...0.7)
        #expect(LinearScale(domain: 0...0.7).nice(5).ticks(5) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        #expect(LinearScale(domain: 0.02...0.68).nice(5).domain == 0...0.7)
        #expect(LinearScale(domain: 26e6...91e6).nice(10).domain == 25e6...95e6)
        #expect(LinearScale(domain: 26e6...91e6).nice(5).domain == 20e6...100e6)
        #expect(LinearScale(domain: -3.7...8.2).nice(10).domain == -4...9)
        #expect(LinearScale(domain: 0.13...0.97).nice(5).domain == 0...1)
        #expect(LinearScale(domain: 1.2e12...9.7e12).nice(5).domain == 0...1e13)
    }

    @Test func zeroWidthDomainsWidenSensibly() {
        #expect(LinearScale(domain: 0...0).nice().domain == 0...1)
        let five = LinearScale(domain: 5...5).nice()
        #expect(five.domain == 4.5...5.5)
        #expect(five.ticks().count == 11)
        #expect(LinearScale(domain: -2...(-2)).nice().domain.contains(-2))
        // Without widening, every value maps to the middle rather than NaN.
        #expect(LinearScale(domain: 3...3, range: ScreenRange(0, 100))(3) == 50)
    }

    @Test func tinyAndHugeDomains() {
        let tiny = LinearScale(domain: 1.3e-9...6.1e-9).nice(5)
        #expect(tiny.domain.lowerBound.isFinite && tiny.domain.upperBound.isFinite)
        #expect(tiny.domain.lowerBound <= 1.3e-9 && tiny.domain.upperBound >= 6.1e-9)
        #expect(tiny.ticks(5).count >= 3)
        let huge = LinearScale(domain: 0...1e12).nice(5)
        #expect(huge.ticks(5) == [0, 2e11, 4e11, 6e11, 8e11, 1e12])
    }

    @Test func extentIgnoresNonFiniteValues() {
        #expect(LinearScale.extent(of: [3, .nan, -1, .infinity]) == -1...3)
        #expect(LinearScale.extent(of: [.nan]) == nil)
    }
}

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
