import Foundation
import Testing

@testable import LifelineData

@Suite struct NumberTextTests {
    @Test func grouping() {
        #expect(NumberText.grouped(34000) == "34,000")
        #expect(NumberText.grouped(93300) == "93,300")
        #expect(NumberText.grouped(2.5) == "2.5")
        #expect(NumberText.grouped(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(NumberText.grouped(0) == "0")
        #expect(NumberText.grouped(-1500) == "−1,500")
    }

    @Test func percentAndMoney() {
        #expect(NumberText.percent(0.3) == "30%")
        #expect(NumberText.percent(0.025) == "2.5%")
        #expect(NumberText.percent(0.17) == "17%")
        #expect(NumberText.usd(2200) == "USD 2,200")
        #expect(NumberText.usd(54_060_000) == "USD 54.1 million")
    }

    @Test func figureValueText() throws {
        let registry = try RegistryLoader.parse(validYAML, file: "t.yaml")
        #expect(registry.figure("fee")?.valueText == "10%–40%")
        #expect(registry.figure("people")?.valueText == "34,000 people")
    }

    /// The report printed "USD 51.91 (USD 27.36 to USD 64.91)" for a quantity known to a factor of two; simulated
    /// results are now rounded to two significant figures before they are written.
    @Test func significantFiguresRegressionForFalsePrecision() {
        #expect(NumberText.significant(47_742_865.1) == 48_000_000)
        #expect(NumberText.significant(102_400_000) == 100_000_000)
        #expect(NumberText.significant(51.91) == 52)
        #expect(NumberText.significant(0.6748) == 0.67)
        #expect(NumberText.significant(0.0024) == 0.0024)
        #expect(NumberText.significant(106_052) == 110_000)
        #expect(NumberText.significant(1000) == 1000)
        #expect(NumberText.significant(999.6) == 1000)
        #expect(NumberText.significant(-3_317) == -3_300)
        #expect(NumberText.significant(0) == 0)
        #expect(NumberText.significant(47_742_865.1, digits: 3) == 47_700_000)
    }
}
