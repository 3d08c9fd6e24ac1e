import LifelineCharts
import Testing

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
