import Foundation
import Testing

@testable import LifelineData

/// The loader reads parameters, pools, models and comparisons: values, the order of a pool's mix, and where each
/// formula's first character is, whatever its YAML style.
@Suite struct DeclarationReadingTests {
    /// `validYAML` with `tail` appended.
    static func registry(_ tail: String) throws -> Registry {
        try RegistryLoader.parse(validYAML + "\n" + tail, file: "models.yaml")
    }

    /// The line `validYAML` ends on, so that positions below read as offsets from it.
    static let base = validYAML.split(separator: "\n", omittingEmptySubsequences: false).count + 1

    @Test func formulaPositionsPointAtTheFirstCharacterInEveryScalarStyle() throws {
        let registry = try Self.registry(
            """
            models:
              - id: plain
                name: Plain
                unit: people
                formula: people * fee
              - id: single
                name: Single
                unit: people
                formula: 'people * fee'
              - id: double
                name: Double
                unit: people
                formula: "people * fee"
              - id: literal
                name: Literal
                unit: people
                formula: |
                  people
                    * fee
              - id: folded
                name: Folded
                unit: people
                formula: >-
                    people
                      * fee
            """)
        let models = registry.declarations.models
        let base = Self.base
        #expect(models.map(\.formulaPosition.line) == [base + 4, base + 8, base + 12, base + 17, base + 23])
        #expect(models.map(\.formulaPosition.column) == [14, 15, 15, 7, 9])
        // A block scalar keeps its line breaks, so an offset on its second line maps to that line.
        let literal = models[3]
        let offset = literal.formula.unicodeScalars.firstIndex(of: "*").map {
            literal.formula.unicodeScalars.distance(from: literal.formula.unicodeScalars.startIndex, to: $0)
        }!
        #expect(literal.formulaPosition.location(of: offset, in: literal.formula) == (base + 18, 9))
        let folded = models[4]
        let star = folded.formula.unicodeScalars.firstIndex(of: "*").map {
            folded.formula.unicodeScalars.distance(from: folded.formula.unicodeScalars.startIndex, to: $0)
        }!
        #expect(folded.formulaPosition.location(of: star, in: folded.formula) == (base + 24, 11))
    }

    @Test func parametersPoolsAndComparisonsReadEveryKey() throws {
        let registry = try Self.registry(
            """
            parameters:
              - id: amount
                name: amount sent
                low: 300
                high: 1200
                distribution: triangular
                mode: 600
                unit: USD/year
                why: Assumed.
                stream: "assumption:old-name"
                copy_stream: hop
            pools:
              - id: pooled
                mix: {fee: 2, people: 0}
            comparisons:
              - id: two
                estimates: [fee, pooled]
              - id: claim
                name: against the claim
                model: m
                claim: people
            """)
        let parameter = try #require(registry.declarations.parameters.first)
        #expect(parameter.value == .range(low: 300, high: 1200))
        #expect(parameter.distribution == .triangular(mode: 600))
        #expect(parameter.stream == "assumption:old-name" && parameter.copyStream == "hop" && parameter.name == "amount sent")
        let pool = try #require(registry.declarations.pools.first)
        #expect(pool.components.map(\.id) == ["fee", "people"])
        #expect(pool.components.map(\.weight) == [2, 0])
        #expect(registry.declarations.comparisons.map(\.form) == [.estimates, .claim])
        #expect(registry.declarations.comparisons[1].second.id == "people")
    }

    @Test func aParameterIdThatAFigureHasIsReportedAtBothLines() throws {
        #expect {
            try Self.registry(
                """
                parameters:
                  - id: fee
                    value: 0.5
                    unit: share
                    why: Assumed.
                  - id: share
                    value: 1.5
                    unit: share
                    why: ""
                """)
        } throws: { error in
            let messages = (error as? RegistryError)?.diagnostics.map(\.description) ?? []
            return messages.contains { $0.contains("the parameter id `fee` is used twice (first on line 9, by a figure)") }
                && messages.contains { $0.contains("a share must lie between 0 and 1, got 1.5") }
                && messages.contains { $0.contains("`why` is empty") }
        }
    }

    @Test func assumptionsAndAPoolsWhyReadEveryKey() throws {
        let registry = try Self.registry(
            """
            pools:
              - id: pooled
                mix: {fee: 1, people: 1}
                why: Equal weights.
            assumptions:
              - id: applies-today
                name: survey applies today
                value: "3%"
                about: [fee, people]
                why: The survey is taken as representative.
              - id: no-value
                name: stated
                about: [pooled]
                why: Stated.
              - id: whole-method
                name: independent inputs
                about: method
                why: Drawn on their own.
            """)
        #expect(registry.declarations.pools.first?.why == "Equal weights.")
        let assumptions = registry.declarations.assumptions
        #expect(assumptions.map(\.id) == ["applies-today", "no-value", "whole-method"])
        #expect(assumptions.map(\.value) == ["3%", nil, nil])
        #expect(assumptions.map(\.isMethod) == [false, false, true])
        #expect(assumptions[0].name == "survey applies today" && assumptions[0].why == "The survey is taken as representative.")
        #expect(assumptions[0].about.map(\.id) == ["fee", "people"])
        #expect(assumptions[0].about.map(\.position.line) == [Self.base + 8, Self.base + 8])
        #expect(assumptions[0].about.map(\.position.column) == [13, 18])
    }

    @Test func goldenAssumptionProblemsAreLocated() throws {
        let error = try #require(throws: RegistryError.self) {
            try Self.registry(
                """
                assumptions:
                  - id: no-about
                    name: stated
                    why: Stated.
                  - id: about-text
                    name: stated
                    about: fee
                    why: Stated.
                  - id: no-why
                    name: stated
                    about: [fee]
                  - id: twice
                    name: stated
                    about: [fee]
                    why: Stated.
                  - id: twice
                    name: stated
                    about: [fee]
                    why: Stated.
                """)
        }
        let base = Self.base
        let hint =
            "Write `about: [figure-id, parameter-id]` with the figures, parameters, pools or models it concerns, or `about: method` "
            + "for an assumption of the whole method (it makes no result a scenario)."
        #expect(
            error.diagnostics.map(\.description) == [
                "models.yaml:\(base + 1):5: error: the key `about` is missing. \(hint)",
                "models.yaml:\(base + 6):12: error: `about` must list the ids the assumption concerns. \(hint)",
                "models.yaml:\(base + 8):5: error: the key `why` is missing. Add `why:`.",
                "models.yaml:\(base + 15): error: the assumption id `twice` is used twice (first on line \(base + 11)). Give each assumption its own id.",
            ])
    }
}
