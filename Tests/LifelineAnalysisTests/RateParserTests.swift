import Testing

@testable import LifelineAnalysis

@Suite("Reading rates and amounts")
struct RateParserTests {
    @Test("a rate reads as a fraction or a percentage")
    func valid() throws {
        #expect(try RateParser.rate("0.3", option: "--fee") == 0.3)
        #expect(try RateParser.rate("30%", option: "--fee") == 0.3)
        #expect(try RateParser.rate(" 12.5 % ", option: "--fee") == 0.125)
        #expect(try RateParser.rate("100%", option: "--fee") == 1)
        #expect(try RateParser.rate("0", option: "--fee") == 0)
    }

    @Test(
        "bad rates get a clear error",
        arguments: [
            ("abc", InputError.notANumber(option: "--fee", text: "abc", expected: "a rate such as 0.3 or 30%")),
            ("", InputError.notANumber(option: "--fee", text: "", expected: "a rate such as 0.3 or 30%")),
            ("%", InputError.notANumber(option: "--fee", text: "%", expected: "a rate such as 0.3 or 30%")),
            ("-0.1", InputError.negative(option: "--fee", text: "-0.1")),
            ("150%", InputError.aboveHundredPercent(option: "--fee", text: "150%")),
            ("1.5", InputError.percentWithoutSign(option: "--fee", text: "1.5")),
            ("30", InputError.percentWithoutSign(option: "--fee", text: "30")),
            ("nan", InputError.notANumber(option: "--fee", text: "nan", expected: "a rate such as 0.3 or 30%")),
        ])
    func invalid(text: String, error: InputError) {
        #expect(throws: error) { try RateParser.rate(text, option: "--fee") }
        #expect(error.description.contains("--fee"))
    }

    @Test("amounts accept digit separators and refuse negatives and text")
    func amounts() throws {
        #expect(try RateParser.amount("1,000", option: "--amount") == 1000)
        #expect(try RateParser.amount("2_650.5", option: "--amount") == 2650.5)
        #expect(throws: InputError.negative(option: "--amount", text: "-5")) { try RateParser.amount("-5", option: "--amount") }
        #expect(throws: InputError.notANumber(option: "--amount", text: "ten", expected: "an amount such as 1000")) {
            try RateParser.amount("ten", option: "--amount")
        }
    }

    @Test("the briefing format writes plain numbers")
    func format() {
        #expect(BriefingFormat.usd(54_060_000) == "USD 54.1 million")
        #expect(BriefingFormat.usd(2650) == "USD 2,650")
        #expect(BriefingFormat.usd(1.26e9) == "USD 1.26 billion")
        #expect(BriefingFormat.percent(0.343) == "34.3%")
        #expect(BriefingFormat.percent(0.3) == "30%")
        #expect(BriefingFormat.grouped(-1_234_567) == "-1,234,567")
    }
}
