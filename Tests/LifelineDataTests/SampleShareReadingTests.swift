import Testing

@testable import LifelineData

/// `distribution: sample-share` with `sample:` as the loader reads it: the sample figure's size resolved, and every
/// mistake located at its line and column (golden text).
@Suite struct SampleShareReadingTests {
    /// The loader fixture's source (lines 1–7), a share measured in a survey (lines 9–17) and the survey's size (lines 18–24).
    static let survey =
        validYAML.components(separatedBy: "figures:")[0] + """
            figures:
              - id: sending
                measures: Share of respondents who send.
                value: 0.6
                unit: share
                year: 2016
                source: paper
                quote: "60 per cent of the 200 respondents"
                distribution: sample-share
                sample: respondents
              - id: respondents
                measures: Respondents.
                value: 200
                unit: people
                year: 2016
                source: paper
                quote: "200 respondents"
            """

    /// The problems of the survey with `old` replaced by `new`, as printed, but for the changed number's absence
    /// from its unchanged quote (`QuotedNumberTests` tests that; these goldens are about the sample).
    static func errors(_ old: String, _ new: String) -> [String] {
        precondition(survey.contains(old), "fixture has no \(old)")
        return problems(survey.replacingOccurrences(of: old, with: new)).filter { !$0.message.hasPrefix("the quote of ") }
            .map(\.description)
    }

    @Test func theSampleFigureGivesTheShareItsSize() throws {
        let registry = try RegistryLoader.parse(Self.survey, file: "test.yaml")
        #expect(registry.figure("sending")?.distribution == .sampleShare(sample: "respondents", size: 200))
        #expect(registry.figure("sending")?.distribution.name == "sample-share")
    }

    @Test func goldenAnUnknownSampleFigureSuggestsTheNearestId() {
        #expect(
            Self.errors("sample: respondents", "sample: respondent") == [
                "test.yaml:17:13: error: `sample: respondent` names no figure. Did you mean `respondents`? Name the figure that counts the sample, e.g. a survey's number of respondents."
            ])
    }

    @Test func goldenTheSampleMustBeASingleWholeCount() {
        let hint = "Point `sample:` at a figure whose `value:` is the number of people or things in the sample, e.g. 200."
        #expect(
            Self.errors("value: 200", "value: 200.5") == [
                "test.yaml:17:13: error: the sample `respondents` must be a single whole count (`unit: people` or `count`), but it is 200.5 people. \(hint)"
            ])
        #expect(
            Self.errors("value: 200", "low: 150\n    high: 250") == [
                "test.yaml:17:13: error: the sample `respondents` must be a single whole count (`unit: people` or `count`), but it is 150–250 people. \(hint)"
            ])
        #expect(
            Self.errors("value: 200\n    unit: people", "value: 0.2\n    unit: share") == [
                "test.yaml:17:13: error: the sample `respondents` must be a single whole count (`unit: people` or `count`), but it is 0.2 share. \(hint)"
            ])
        #expect(
            Self.errors("value: 200", "value: 10") == [
                "test.yaml:17:13: error: a sample of 10 is too small for a share of 0.6: the normal approximation needs n·p and n·(1−p) of at least 5, here 4. Give the share as a range with `low` and `high` and another distribution."
            ])
    }

    @Test func goldenOnlyASingleShareIsDrawnAsASampleShare() {
        #expect(
            Self.errors("value: 0.6", "low: 0.5\n    high: 0.7") == [
                "test.yaml:17:19: error: `distribution: sample-share` needs a single share: `value:` between 0 and 1 with `unit: share`. Give the share the sample measured as `value:` (60 % as 0.6) and `unit: share`, or use another distribution."
            ])
        #expect(
            Self.errors("value: 0.6\n    unit: share", "value: 120\n    unit: people") == [
                "test.yaml:16:19: error: `distribution: sample-share` needs a single share: `value:` between 0 and 1 with `unit: share`. Give the share the sample measured as `value:` (60 % as 0.6) and `unit: share`, or use another distribution."
            ])
        #expect(
            Self.errors("    sample: respondents\n", "") == [
                "test.yaml:16:19: error: `distribution: sample-share` needs a `sample`. Add `sample:` with the id of the figure that counts the sample, e.g. a survey's number of respondents."
            ])
    }

    @Test func goldenASampleWithoutTheDistributionThatUsesIt() {
        let hint = "Add `distribution: sample-share` to draw the share from its sampling distribution, or remove `sample`."
        #expect(
            Self.errors("    distribution: sample-share\n", "") == [
                "test.yaml:16:13: error: `sample` is given without `distribution: sample-share`. \(hint)"
            ])
        #expect(
            Self.errors("distribution: sample-share", "distribution: point") == [
                "test.yaml:17:13: error: `sample` is given without `distribution: sample-share`. \(hint)"
            ])
    }

    @Test func goldenAParameterIsNotMeasuredInASample() {
        let text =
            Self.survey + """

                parameters:
                  - id: assumed
                    value: 0.3
                    unit: share
                    distribution: sample-share
                    why: Assumed.
                """
        #expect(
            problems(text).map(\.description) == [
                "test.yaml:29:19: error: `distribution: sample-share` is for a figure measured in a sample, not a parameter. A parameter is an assumption no sample measured; give it a range and another distribution."
            ])
    }
}
