import Testing

@testable import LifelineData

/// libyaml's wording is replaced where it does not say what to change, and kept, with where the
/// construct began, where it does.
@Suite struct SyntaxMessageTests {
    @Test func aRawControlCharacterIsNamed() {
        let found = problems(replacing("    title: A paper", with: "    title: \"A \u{1B}[2Jpaper\""))
        #expect(found.count == 1)
        #expect(found.first?.message == "the file contains the control character U+001B")
        #expect(found.first?.line == 4)
        #expect(found.first?.column == 15)
    }

    @Test func anUnclosedQuoteIsFoundWhereItOpens() {
        let found = problems(replacing("    quote: \"34,000 defectors\"", with: "    quote: \"34,000 defectors"))
        #expect(found.first?.message == "the quoted value that starts here is never closed")
        #expect(found.first?.line == 23)
        #expect(found.first?.column == 12)
    }

    @Test func otherSyntaxErrorsSayWhereTheConstructBegan() {
        let found = problems(replacing("    title: A paper", with: "    title: [A paper"))
        #expect(found.first?.message == "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 4)")
        #expect(found.first?.line == 5)
    }
}
