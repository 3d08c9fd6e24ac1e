import LifelineCharts
import Testing

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (54e6, "USD 54M"), (2650, "USD 2,650"), (1.2e9, "USD 1.2B"), (1.234e9, "USD 1.2B"), (900, "USD 900"),
        (12.5, "USD 12.50"), (40, "USD 40"), (999_960, "USD 1M"), (-5e6, "USD \u{2212}5M"), (0, "USD 0"),
        (26_500, "USD 27K"), (3.4e12, "USD 3.4T"),
    ])
    func currency(value: Double, expected: String) {
        #expect(NumberFormat.currency("USD").string(value) == expected)
    }

    @Test(arguments: [
        (0.3, "30%"), (0.025, "2.5%"), (0.03, "3%"), (0.0004, "0.04%"), (1, "100%"), (0, "0%"), (-0.12, "\u{2212}12%"),
    ])
    func percent(value: Double, expected: String) {
        #expect(NumberFormat.percent.string(value) == expected)
    }

    @Test func fixedDecimals() {
        #expect(NumberFormat.percent(decimals: 1).string(0.3) == "30.0%")
        #expect(NumberFormat.number(decimals: 2).string(1234.5) == "1,234.50")
        #expect(NumberFormat.currency("EUR", decimals: 2).string(1.25e9) == "EUR 1.25B")
        #expect(NumberFormat.compact(decimals: 0).string(1.26e6) == "1M")
    }

    @Test(arguments: [(34_000, "34,000"), (1_234_567, "1,234,567"), (-1200, "\u{2212}1,200"), (0.4, "0"), (999, "999")])
    func count(value: Double, expected: String) {
        #expect(NumberFormat.count.string(value) == expected)
    }

    @Test func automaticAndPlain() {
        #expect(NumberFormat.automatic.string(2650) == "2,650")
        #expect(NumberFormat.automatic.string(54.321) == "54.3")
        #expect(NumberFormat.automatic.string(0.1234) == "0.123")
        #expect(NumberFormat.automatic.string(2.5e-9) == "2.5e\u{2212}9")
        #expect(NumberFormat.automatic.string(3.2e7) == "32M")
        #expect(NumberFormat.plain.string(2024) == "2024")
        #expect(NumberFormat.compact.string(54e6) == "54M")
        #expect(NumberFormat.compact.string(2650) == "2,650")
    }

    @Test func nonFiniteValuesShowADash() {
        #expect(NumberFormat.count.string(.nan) == "–")
        #expect(NumberFormat.percent.string(.infinity) == "–")
    }

    @Test func tickLabelsUseStepPrecision() {
        let tenths = TickMath.ticks(from: 0, to: 0.7, count: 5)
        #expect(NumberFormat.percent.tickLabels(tenths) == ["0%", "10%", "20%", "30%", "40%", "50%", "60%", "70%"])
        #expect(NumberFormat.automatic.tickLabels(tenths) == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
        #expect(NumberFormat.percent.tickLabels([0, 0.005, 0.01]) == ["0.0%", "0.5%", "1.0%"])
        #expect(NumberFormat.automatic.tickLabels(TickMath.ticks(from: 0, to: 0.7, count: 10)).prefix(3) == ["0.00", "0.05", "0.10"])
        #expect(NumberFormat.automatic.tickLabels([25e6, 30e6, 35e6]) == ["25M", "30M", "35M"])
        #expect(NumberFormat.compact.tickLabels([1e9, 1.05e9, 1.1e9]) == ["1.00B", "1.05B", "1.10B"])
        #expect(NumberFormat.currency("USD").tickLabels([0, 2000, 4000]) == ["USD 0", "USD 2,000", "USD 4,000"])
        #expect(NumberFormat.count.tickLabels([0, 20_000, 40_000]) == ["0", "20,000", "40,000"])
        #expect(NumberFormat.plain.tickLabels([2010, 2015, 2020]) == ["2010", "2015", "2020"])
    }

    @Test func tickLabelsForAwkwardMagnitudes() {
        #expect(NumberFormat.automatic.tickLabels([1e-9, 1.5e-9, 2e-9]) == ["1e\u{2212}9", "1.5e\u{2212}9", "2e\u{2212}9"])
        #expect(NumberFormat.automatic.tickLabels([0, 4e11, 8e11, 1.2e12]) == ["0", "0.4T", "0.8T", "1.2T"])
        #expect(NumberFormat.automatic.tickLabels([-4, -2, 0, 2]) == ["\u{2212}4", "\u{2212}2", "0", "2"])
        #expect(NumberFormat.automatic.tickLabels([5]) == ["5"])
    }

    @Test func tickLabelsAlwaysDistinguishNeighbours() {
        let labels = NumberFormat.compact(decimals: 0).tickLabels([1.1e9, 1.2e9, 1.3e9])
        #expect(Set(labels).count == 3)
    }

    @Test func logTickLabelsUseTheirOwnPrecision() {
        #expect(NumberFormat.compact.logTickLabels([1, 10, 100, 1e6]) == ["1", "10", "100", "1M"])
        #expect(NumberFormat.automatic.logTickLabels([0.01, 0.1, 1]) == ["0.01", "0.1", "1"])
    }

    @Test func customFormat() {
        let format = NumberFormat.custom { "<\(Int($0))>" }
        #expect(format.string(3) == "<3>")
        #expect(format.tickLabels([1, 2]) == ["<1>", "<2>"])
    }
}
