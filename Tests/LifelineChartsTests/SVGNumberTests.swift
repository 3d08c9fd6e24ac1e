import LifelineCharts
import Testing

@Suite struct SVGNumberTests {
    @Test(arguments: [
        (12.0, "12"), (12.34, "12.3"), (-0.04, "0"), (0.05, "0.1"), (-2.25, "-2.3"), (100, "100"),
        (1e20, "1000000"), (-1e20, "-1000000"), (0.999, "1"),
    ])
    func formats(value: Double, expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }

    @Test func refusesNonFinite() {
        #expect(SVGNumber.format(.nan) == nil)
        #expect(SVGNumber.format(.infinity) == nil)
        #expect(SVGNumber.format(0.156, decimals: 2) == "0.16")
    }

    @Test func pathDataRoundsAndFlagsNonFinite() {
        var path = PathData()
        path.move(1.04, 2)
        path.line(3.16, 4.0)
        path.close()
        #expect(path.description == "M1,2L3.2,4Z")
        #expect(path.isFinite)
        path.line(.nan, 1)
        #expect(!path.isFinite)
    }
}
