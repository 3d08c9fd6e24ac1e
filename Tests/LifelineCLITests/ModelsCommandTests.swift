import Foundation
import Testing

/// `lifeline models`, `lifeline simulate --model` and the models `validate` compiles, run as a user runs them.
@Suite struct ModelsCommandTests {
    @Test func modelsListsEveryDefaultModelWithItsKindAndInputs() throws {
        let table = try CLI.run(["models"], in: try CLI.temporaryFolder())
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 20)
        let flow = try #require(lines.first { $0.hasPrefix("sk-gross-flow ") })
        #expect(flow.contains("USD/year  sources"))
        #expect(flow.hasSuffix("sk-defector-population * sk-share-sending * sk-transfer-amount * sk-transfers-per-year"))
        let json = try CLI.run(["models", "--format", "json"], in: try CLI.temporaryFolder())
        let models = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let china = try #require(models.first { $0["id"] as? String == "cn-scenario-flow" })
        #expect(china["kind"] as? String == "scenario")
        #expect(china["inputs"] as? [String] == ["cn-defector-population", "cn-share-sending", "cn-annual-amount"])
        let hop = try #require(models.first { $0["id"] as? String == "delivered-share-2-hops" })
        #expect(hop["inputs"] as? [String] == ["delivered-share-1-hop", "fee-per-intermediary@2"])
    }

    @Test func simulateModelGivesTheNumbersOfTheFullSimulation() throws {
        let folder = try CLI.temporaryFolder()
        let one = try CLI.run(["simulate", "--model", "sk-family-receipts", "--draws", "20000", "--format", "json"], in: folder)
        #expect(one.status == 0, "\(one.stderr)")
        let all = try CLI.run(["simulate", "--draws", "20000", "--format", "json"], in: folder)
        let run = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        let summary = try #require(run["summary"] as? [String: Any])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let model = try #require((result["models"] as? [[String: Any]])?.first { $0["id"] as? String == "sk-family-receipts" })
        #expect(summary["mean"] as? Double == model["mean"] as? Double)
        #expect(summary["p95"] as? Double == model["p95"] as? Double)
        let text = try CLI.run(["simulate", "--model", "sk-gross-flow", "--draws", "20000"], in: folder)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Annual flow from defectors in South Korea, from the feature's figures"))
        #expect(text.stdout.contains("sk-gross-flow  USD/year"))
    }

    @Test func anUnknownModelIsAUsageErrorThatSuggestsTheNearestId() throws {
        let result = try CLI.run(["simulate", "--model", "sk-gross-flwo"], in: try CLI.temporaryFolder())
        #expect(result.status == 64)
        #expect(result.stderr.contains("no model `sk-gross-flwo` is declared. Did you mean `sk-gross-flow`?"))
    }

    @Test func anUnusedParameterIsAWarningThatDoesNotFailValidate() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let data = folder.appendingPathComponent("data.yaml")
        var text = try String(contentsOf: data, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\nparameters:\n",
            with: "\nparameters:\n  - id: spare\n    value: 1\n    unit: share\n    why: Not used anywhere.\n\n")
        try text.write(to: data, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  - id: spare" }! + 1
        let result = try CLI.run(["validate"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("data.yaml:\(line):5: warning: parameter `spare` is not used."))
    }

    /// The README's worked example, done as an analyst would: no Swift, only the data file of a project made by
    /// `lifeline init`.
    @Test func anAnalystPoolsANewerSurveyWithTheFeatureWithoutSwift() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let data = folder.appendingPathComponent("data.yaml")
        var text = try String(contentsOf: data, encoding: .utf8)
        let edits = [
            (
                "\nsources:\n",
                """

                sources:
                  - id: survey-2025
                    title: "A newer survey of 400 defectors (an example)"
                    date: 2025
                    date_note: "The survey's year; it is an example."
                    note: "Fictional values for the README's example."

                """
            ),
            (
                "\nfigures:\n",
                """

                figures:
                  - id: survey-2025-share-sending
                    measures: "Share of the 400 respondents who had sent money home that year."
                    value: 0.18
                    unit: share
                    year: 2025
                    source: survey-2025
                    quote: "18 % had sent money that year"

                """
            ),
            (
                "\npools:\n",
                """

                pools:
                  - id: share-sending-pooled
                    name: share who send (feature and 2025 survey)
                    mix: {sk-share-sending: 1, survey-2025-share-sending: 1}

                """
            ),
            (
                "\nmodels:\n",
                """

                models:
                  - id: sk-pooled-flow
                    name: Gross annual flow from South Korea, pooling the feature and the 2025 survey
                    unit: USD/year
                    formula: sk-defector-population * share-sending-pooled * sk-transfer-amount * sk-transfers-per-year

                """
            ),
        ]
        for (anchor, replacement) in edits {
            let range = try #require(text.range(of: anchor), "no \(anchor) in data.yaml")
            text.replaceSubrange(range, with: replacement)
        }
        try text.write(to: data, atomically: true, encoding: .utf8)

        let validated = try CLI.run(["validate"], in: folder)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("20 models"))
        let listed = try CLI.run(["models"], in: folder)
        let row = try #require(listed.stdout.split(separator: "\n").first { $0.hasPrefix("sk-pooled-flow ") })
        #expect(row.contains("sources"))
        #expect(row.contains("share-sending-pooled"))
        let simulated = try CLI.run(["simulate", "--model", "sk-pooled-flow", "--draws", "50000", "--format", "json"], in: folder)
        #expect(simulated.status == 0, "\(simulated.stderr)")
        let run = try #require(try JSONSerialization.jsonObject(with: Data(simulated.stdout.utf8)) as? [String: Any])
        let pooled = try #require((run["summary"] as? [String: Any])?["mean"] as? Double)
        let feature = try CLI.run(["simulate", "--model", "sk-gross-flow", "--draws", "50000", "--format", "json"], in: folder)
        let alone = try #require(
            ((try JSONSerialization.jsonObject(with: Data(feature.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Any])?["mean"]
                as? Double)
        // Half the draws use 18 % instead of the feature's 20–60 % (mean 40 %): the mean falls by about (40 − 18)/80.
        #expect(abs(pooled / alone - (0.4 + 0.18) / 0.8) < 0.03, "pooled \(pooled), feature alone \(alone)")
    }
}
