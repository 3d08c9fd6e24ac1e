import Testing

@testable import LifelineData

/// The registry's number grammar: decimal as JSON writes it (plus a `+` sign), nothing of YAML 1.1's other shapes.
@Suite("Plain numbers")
struct PlainNumberTests {
    @Test(
        "decimal numbers read as their value",
        arguments: [
            ("0", 0.0), ("7", 7), ("34000", 34000), ("-5", -5), ("+12", 12), ("0.5", 0.5), ("-0.25", -0.25), ("1e3", 1000),
            ("1E+3", 1000), ("1.5e-3", 0.0015), ("3.4e4", 34000), ("0e5", 0), ("2018", 2018), ("100000000", 100_000_000),
        ])
    func decimalNumbers(_ text: String, _ value: Double) {
        #expect(PlainNumber(text) == .number(value))
    }

    @Test("negative and positive zero read as 0, not -0", arguments: ["-0", "+0", "-0.0", "+0.0", "-0e3"])
    func signedZeroIsZero(_ text: String) {
        #expect(PlainNumber(text) == .number(0))
        if case .number(let zero) = PlainNumber(text) { #expect(zero.sign == .plus) }
    }

    @Test(
        "a leading zero is caught, with the number it should be",
        arguments: [
            ("034000", "34000"), ("03742", "3742"), ("00", "0"), ("00.5", "0.5"), ("-007", "-7"), ("+01.5e3", "+1.5e3"),
        ])
    func leadingZero(_ text: String, _ corrected: String) {
        #expect(PlainNumber(text) == .leadingZero(corrected: corrected))
    }

    @Test(
        "YAML's infinities and not-a-number are told apart from text",
        arguments: [".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN", ".NAN"])
    func notFinite(_ text: String) {
        #expect(PlainNumber(text) == .notFinite)
    }

    @Test(
        "YAML 1.1's other number shapes, and text, are not numbers",
        arguments: [
            "0o17", "0x1F", "0b101", "1_000", "0_7", "07_000", "1:20", "190:20:30", "1:20.5", ".5", "5.", "-.5", "1e", "1e+",
            "1.e3", "0x", "-", "+", "", "~", "null", "yes", "inf", "nan", "Infinity", "34,000", "30%", "USD 300", "2018-08-27",
            " 1", "1 ", "1.2.3", "--1", "+-1", "٣",
        ])
    func notANumber(_ text: String) {
        #expect(PlainNumber(text) == .notANumber)
    }
}
