import Foundation
import Testing

@Suite struct AnalysisCommandTests {
    @Test func simulateGivesEveryModelAsJSONInUSD() throws {
        let result = try CLI.run(["simulate", "--draws", "20000", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let models = json?["models"] as? [[String: Any]] ?? []
        let flow = models.first { $0["id"] as? String == "sk-gross-flow" }
        let median = flow?["median"] as? Double ?? 0
        #expect(median > 10_000_000 && median < 100_000_000, "median \(median) is in USD, not millions")
        for model in models {
            let p5 = model["p5"] as? Double ?? .nan, p50 = model["median"] as? Double ?? .nan, p95 = model["p95"] as? Double ?? .nan
            #expect(p5 <= p50 && p50 <= p95, "\(model["id"] ?? "?")")
        }
    }

    @Test func sameSeedSameNumbersOtherSeedOtherNumbers() throws {
        let a = try CLI.run(["simulate", "--draws", "20000", "--seed", "7", "--format", "json"])
        let b = try CLI.run(["simulate", "--draws", "20000", "--seed", "7", "--format", "json"])
        let c = try CLI.run(["simulate", "--draws", "20000", "--seed", "8", "--format", "json"])
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
    }

    @Test func erodeAnswersHopByHop() throws {
        let result = try CLI.run(["erode", "--amount", "1000", "--fee", "30%", "--hops", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("343.00"))
        #expect(result.stdout.contains("courier or state cut in North Korea"))
        let decimal = try CLI.run(["erode", "--amount", "100", "--fee", "0.3"])
        #expect(decimal.stdout.contains("70.00"))
    }

    @Test func erodeRefusesBadValues() throws {
        for arguments in [
            ["--amount", "-5", "--fee", "0.3"], ["--amount", "100", "--fee", "120%"],
            ["--amount", "100", "--fee", "0.3", "--hops", "0"], ["--amount", "lots", "--fee", "0.3"],
        ] {
            let result = try CLI.run(["erode"] + arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(!result.stderr.isEmpty, "\(arguments)")
        }
    }

    @Test func aDataFileWithoutModelsIsRefusedWithWhatToAdd() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("small.yaml")
        try """
        sources:
          - id: a
            title: T
            date_note: N
        figures:
          - id: fee
            measures: M
            value: 0.3
            unit: share
            year: 2020
            source: a
            quote: "30%"
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["simulate", "--data", file.path, "--draws", "1000"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("declares no models") && result.stderr.contains("`models:`"))
    }
}
