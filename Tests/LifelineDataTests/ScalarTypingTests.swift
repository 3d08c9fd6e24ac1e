import Testing

@testable import LifelineData

/// How the loader types a scalar: by the schema (a number where a number is wanted, text where text is), never by a
/// YAML resolver that would read `034000` as octal.
@Suite("Scalar typing")
struct ScalarTypingTests {
    @Test func leadingZeroValueIsAnErrorNotOctal() throws {
        let found = problems(replacing("value: 34000", with: "value: 034000"))
        #expect(found.count == 1)
        #expect(found.first?.message == "`value` is `034000`, a number with a leading zero, which YAML may read as octal")
        #expect(found.first?.hint == "Remove the leading zero: `34000` (or quote it if it is text).")
        #expect(found.first?.line == 19)
    }

    @Test func leadingZeroYearIsAnError() {
        let found = problems(replacing("year: 2021", with: "year: 03742"))
        #expect(found.map(\.message) == ["`year` is `03742`, a number with a leading zero, which YAML may read as octal"])
        #expect(found.first?.hint.hasPrefix("Remove the leading zero: `3742`") == true)
    }

    @Test func leadingZeroFractionIsAnError() {
        #expect(problems(replacing("low: 0.1", with: "low: 00.1")).first?.hint.hasPrefix("Remove the leading zero: `0.1`") == true)
    }

    @Test func negativeZeroLoadsAsZero() throws {
        let text = replacing("value: 34000", with: "value: -0").replacingOccurrences(of: "34,000 defectors", with: "0 defectors")
        let registry = try RegistryLoader.parse(text, file: "test.yaml")
        let value = try #require(registry.figure("people")?.value)
        #expect(value == .point(0))
        #expect(value.low.sign == .plus)
        let fee = replacing("low: 0.1", with: "low: -0.0").replacingOccurrences(of: "a 10% to 40%", with: "a 0% to 40%")
        #expect(try RegistryLoader.parse(fee, file: "t").figure("fee")?.value.low.sign == .plus)
    }

    @Test func plusZeroLoadsAsZero() throws {
        let text = replacing("value: 34000", with: "value: +0").replacingOccurrences(of: "34,000 defectors", with: "0 defectors")
        let registry = try RegistryLoader.parse(text, file: "test.yaml")
        #expect(registry.figure("people")?.value == .point(0))
    }

    @Test func decimalShapesLoad() throws {
        for (text, number) in [("3.4e4", 34000.0), ("+34000", 34000), ("34000.0", 34000)] {
            let registry = try RegistryLoader.parse(replacing("value: 34000", with: "value: \(text)"), file: "test.yaml")
            #expect(registry.figure("people")?.value == .point(number), "\(text)")
        }
        #expect(try RegistryLoader.parse(replacing("year: 2021", with: "year: 2021.0"), file: "t").figure("fee")?.year == 2021)
    }

    @Test(
        "YAML 1.1 number shapes that are not decimal are refused with how to write the number",
        arguments: ["0o17", "0x1F", "0b101", "34_000", "1:20", ".5", "5.", "34,000"])
    func nonDecimalNumberIsRefused(_ text: String) {
        let found = problems(replacing("value: 34000", with: "value: \(text)"))
        #expect(found.map(\.message) == ["`value` must be a number, not `\(text)`"])
        #expect(found.first?.hint.hasPrefix("Write it in decimal digits, e.g. `34000`") == true)
    }

    @Test func overflowingExponentIsNotFinite() {
        #expect(
            problems(replacing("value: 34000", with: "value: 1e999")).map(\.message) == ["`value` is `1e999`, which is not a finite number"]
        )
    }

    @Test func textThatYAMLWouldReadAsSomethingElseMustBeQuoted() throws {
        for word in ["yes", "Off", "2018", "0.5", "-0", ".inf", "null", "~"] {
            let found = problems(replacing("title: A paper", with: "title: \(word)"))
            #expect(found.first?.message == "`title` must be text, not `\(word)`", "\(word)")
            #expect(found.first?.hint == "Put the text in quotes.")
        }
        #expect(
            problems(replacing("title: A paper", with: "title: 034000")).first?.hint
                == "Remove the leading zero: `34000` (or quote it if it is text).")
        #expect(problems(replacing("title: A paper", with: "title: \"034000\"")).isEmpty)
        #expect(problems(replacing("title: A paper", with: "title: \"  \"")).first?.message == "`title` is empty")
        // What YAML 1.1 alone reads as a number or a date is text to the schema, as written.
        for text in ["0x1F", "1:20", "1_000", "2018-08-27", "y", "No comment"] {
            let registry = try RegistryLoader.parse(replacing("title: A paper", with: "title: \(text)"), file: "test.yaml")
            #expect(registry.sources.first?.title == text)
        }
    }

    @Test func plainNullsAreNull() {
        for null in ["~", "null", "Null", "NULL", ""] {
            #expect(problems(replacing("year: null", with: "year: \(null)")).isEmpty, "\(null)")
        }
        #expect(
            problems(replacing("year: null", with: "year: \"null\"")).first?.message
                == "`year` must be a number, not the quoted text \"null\"")
    }

    @Test(
        "an explicit tag is refused, whatever it says",
        arguments: [
            ("value: 34000", "value: !!str 34000", "!!str", 19),
            ("low: 0.1", "low: !!float 0.1", "!!float", 11),
            ("value: 34000", "value: ! 34000", "!", 19),
            ("title: A paper", "title: !!int 3", "!!int", 4),
            ("authors: [A. Writer]", "authors: !!seq [A. Writer]", "!!seq", 5),
            ("quote: \"34,000 defectors\"", "quote: !note \"34,000 defectors\"", "!note", 23),
        ])
    func explicitTagIsRefused(_ old: String, _ new: String, _ tag: String, _ line: Int) {
        let found = problems(replacing(old, with: new))
        #expect(found.map(\.message) == ["this value carries the YAML tag `\(tag)`, and a registry allows no tags"])
        #expect(found.first?.line == line)
    }

    @Test func anExclamationMarkInTextIsNotATag() throws {
        let text = replacing("title: A paper", with: "title: \"Stop ! now\"").replacingOccurrences(
            of: "date_note: Dateline.", with: "date_note: Wow ! so")
        #expect(try RegistryLoader.parse(text, file: "test.yaml").sources.first?.dateNote == "Wow ! so")
    }
}
