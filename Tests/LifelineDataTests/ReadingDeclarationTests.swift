import Foundation
import Testing

@testable import LifelineData

/// The loader reads `readings:`: every key, in order, and every problem located with a fix.
@Suite struct ReadingDeclarationTests {
    /// A pool over `validYAML`'s figures, then `tail`.
    static func registry(_ tail: String) throws -> Registry {
        try DeclarationReadingTests.registry(
            """
            pools:
              - id: pooled
                mix: {fee: 1, people: 1}
            \(tail)
            """)
    }

    /// The line `readings:` stands on in ``registry(_:)`` when `tail` starts with it.
    static let base = DeclarationReadingTests.base + 3

    /// The messages of the problems loading `tail` gives.
    static func messages(_ tail: String) -> [String] {
        do {
            _ = try registry(tail)
            return []
        } catch {
            return (error as? RegistryError)?.diagnostics.map(\.description) ?? ["\(error)"]
        }
    }

    @Test func aReadingReadsEveryKeyInOrder() throws {
        let registry = try Self.registry(
            """
            readings:
              - id: every-change
                name: every change at once
                why: To see them all.
                ranges: pert
                dependence: full
                weights: {pooled: {people: 2, fee: 0}}
                models: [m, pooled]
              - id: triangular
                name: triangular
                ranges: triangular
            """)
        let readings = registry.declarations.readings
        #expect(readings.map(\.id) == ["every-change", "triangular"])
        let first = try #require(readings.first)
        #expect(first.name == "every change at once" && first.why == "To see them all.")
        #expect(first.ranges == .pert && first.dependence == .full)
        #expect(first.weights.map(\.pool.id) == ["pooled"])
        #expect(first.weights[0].parts.map(\.id) == ["people", "fee"] && first.weights[0].parts.map(\.weight) == [2, 0])
        #expect(first.weights[0].pool.position.line == Self.base + 6 && first.weights[0].pool.position.column == 15)
        #expect(first.models.map(\.id) == ["m", "pooled"] && first.models.map(\.position.column) == [14, 17])
        #expect(readings[1].ranges == .triangular && readings[1].dependence == nil && readings[1].weights.isEmpty)
        #expect(readings[1].models.isEmpty && readings[1].why == nil)
    }

    /// Regression guard: a reading with no change would silently repeat the main run.
    @Test func goldenAReadingWithNoChangeIsAnError() {
        #expect(
            Self.messages(
                """
                readings:
                  - id: nothing
                    name: the same again
                    models: [m]
                """) == [
                    "models.yaml:\(Self.base + 1):5: error: the reading changes nothing. Give at least one change: `ranges: triangular` or `ranges: pert`, `dependence: full`, or `weights: {pool-id: {part-id: 1}}`."
                ])
    }

    @Test func goldenReadingProblemsAreLocatedWithAFix() {
        #expect(
            Self.messages(
                """
                readings:
                  - id: shapes
                    name: shapes
                    ranges: triangulr
                    dependence: partial
                  - id: weights
                    name: weights
                    weights: {pooled: {fee: -1}}
                    model: [m]
                  - id: zero
                    name: zero
                    weights: {pooled: {fee: 0}}
                    models: []
                  - id: no-pools
                    name: no pools
                    weights: [pooled]
                  - id: fine
                    name: fine
                    ranges: pert
                  - id: fine
                    name: again
                    ranges: pert
                """) == [
                    "models.yaml:\(Self.base + 3):13: error: `triangulr` is not a known shape of ranges. Did you mean `triangular`? Use one of: triangular, pert.",
                    "models.yaml:\(Self.base + 4):17: error: `partial` is not a known dependence. Use one of: full.",
                    "models.yaml:\(Self.base + 7):29: error: the weight of `fee` is -1, below 0. Weights are 0 or more; 0 leaves a part out.",
                    "models.yaml:\(Self.base + 8):5: error: unknown key `model` in a reading. Did you mean `models`? Allowed keys: id, name, why, ranges, dependence, weights, models.",
                    "models.yaml:\(Self.base + 11):23: error: every weight in the reading's weights for pool `pooled` is 0. Give at least one part a weight above 0; weights are normalised.",
                    "models.yaml:\(Self.base + 12):13: error: `models` must list the model ids the reading reports. Write `models: [first-model-id, second-model-id]`, or remove `models` to report every model.",
                    "models.yaml:\(Self.base + 15):14: error: `weights` must map each pool id to the weights of its parts. Write `weights: {pool-id: {part-id: 1, other-part-id: 1}}`; a part left out weighs 0.",
                    "models.yaml:\(Self.base + 19): error: the reading id `fine` is used twice (first on line \(Self.base + 16)). Give each reading its own id.",
                ])
    }
}
