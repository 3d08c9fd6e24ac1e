import Foundation
import Testing

/// The numbers the default analysis gives against those of the committed report (`Output/data/analysis.json`, built
/// with the default draws and seed): a change to the language or the data that should leave the results alone must
/// leave every model's numbers bit for bit as committed.
///
/// A model one of whose inputs is now drawn from another distribution than in the committed report is left out, and
/// only such a model: today the models that reach the 2016 survey's share who send, since it carries the sampling
/// uncertainty of its 200 respondents (`distribution: sample-share`). Once the report is rebuilt none is left out.
@Suite struct CommittedAnalysisTests {
    /// The number fields of a model's result.
    static let numbers = ["count", "mean", "sd", "min", "max", "p5", "p25", "median", "p75", "p95", "percentiles", "histogram"]

    /// The models of an analysis JSON by id.
    static func models(_ data: Data) throws -> [String: [String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let models = try #require(json["models"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: models.map { ($0["id"] as? String ?? "", $0) })
    }

    /// A JSON value as text with its keys sorted, so that two equal values read equal.
    static func canonical(_ value: Any?) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: [value ?? NSNull()], options: [.sortedKeys]), as: UTF8.self)
    }

    /// Each input of a model as `name: parameters` (e.g. `share who send: sample-share(0.6 of 200)`).
    static func inputs(_ model: [String: Any]) -> [String] {
        (model["inputs"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? ""): \($0["parameters"] ?? "")" }
    }

    @Test func everyModelWhoseInputsAreDrawnAsCommittedGivesTheCommittedNumbers() throws {
        let committed = try Self.models(Data(contentsOf: CLI.repository.appendingPathComponent("Output/data/analysis.json")))
        let result = try CLI.run(["simulate", "--format", "json"])
        try #require(result.status == 0, "\(result.stderr)")
        let current = try Self.models(Data(result.stdout.utf8))
        #expect(Set(current.keys) == Set(committed.keys))
        var compared = 0
        for (id, before) in committed.sorted(by: { $0.key < $1.key }) {
            let now = try #require(current[id], "model `\(id)` is gone")
            let changed = Set(Self.inputs(now)).subtracting(Self.inputs(before))
            guard changed.isEmpty else {
                #expect(changed.allSatisfy { $0.contains("sample-share(") }, "\(id): inputs drawn anew: \(changed.sorted())")
                continue
            }
            for key in Self.numbers {
                #expect(try Self.canonical(before[key]) == Self.canonical(now[key]), "\(id).\(key) changed")
            }
            compared += 1
        }
        #expect(compared >= committed.count - 1, "only \(compared) of \(committed.count) models compared")
    }
}
