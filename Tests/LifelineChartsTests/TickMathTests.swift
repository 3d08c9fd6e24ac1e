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
