import Testing

@testable import LifelineRender

/// The lint that keeps numbers out of templates' prose, and the exceptions its rule states.
@Suite struct TypedNumberLintTests {
    private func found(_ text: String) -> [String] {
        TypedNumberLint.problems(in: text, file: "t.md.mustache").map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }
    }

    @Test func aNumberTypedInProseIsReportedWhereItStands() {
        #expect(found("Brokers take {{figure.x.value}},\nusually 30% of it.") == ["2:9 the number 30 is typed into the template"])
        #expect(found("a population of 34,000") == ["1:17 the number 34,000 is typed into the template"])
    }

    @Test func tagsCommentsAndHTMLAreNotProse() {
        #expect(found("{{! 30% in a comment }} {{figure.fee-2021.value}} <img width=\"30\"> <!-- 40 -->") == [])
        #expect(found("<style>p { margin: 3px }</style>\n{{{body}}}") == [])
    }

    @Test func theIntervalsLevelIsExceptedAsAPercentageOnly() {
        #expect(found("median and 90% range; a 90 % interval") == [])
        #expect(found("90 brokers") == ["1:1 the number 90 is typed into the template"])
    }

    @Test func yearsNamesAndListNumbersAreExcepted() {
        #expect(
            found("reported from 2018 to 2021, before COVID-19, by SplitMix64 and fee-dailynk-2021; the 5th percentile; SDG 10.c") == [])
        #expect(found("1. The sender\n2) The broker\n## 3. Costs") == [])
        #expect(found("in 1850") == ["1:4 the number 1850 is typed into the template"])
    }

    @Test func aTemplatesDeclaredNumbersAreExcepted() {
        let text = "{{! numbers: 100 (the routes' USD 100) }}\na range of each USD 100, not 95%"
        #expect(found(text) == ["2:30 the number 95 is typed into the template"])
    }

    @Test func theDefaultTemplatesTypeNoNumber() {
        #expect(TypedNumberLint.problems(in: .embedded).map(\.description) == [])
    }
}
