import Foundation
import LifelineData
import Testing

@testable import LifelineAnalysis

/// The editor asked for "what the sources allow": the flow with every input at the low or the high end of its range,
/// beside the simulated interval. The compiler's interval arithmetic gives it; the JSON and templates carry it.
@Suite struct ModelBoundsTests {
    @Test func theFlowsBoundsAreItsFormulaWithEveryInputAtEachEndOfItsRange() throws {
        let result = try Analysis.run(registry: try Registry.embedded(), options: AnalysisOptions(draws: 2_000, threads: 1))
        let flow = try #require(result.model("sk-gross-flow"))
        let bounds = try #require(flow.bounds)
        #expect(bounds.low == 34_000 * 0.2 * 2_200 * 1)
        #expect(bounds.high == 34_000 * 0.6 * 3_100 * 2)
        #expect(bounds.low <= flow.p5 && flow.p95 <= bounds.high)
        let route = try #require(result.model("route-state"))
        #expect(route.bounds == ValueInterval(80, 80))
    }

    @Test func theBoundsRoundTripThroughTheJSON() throws {
        var declarations = TestRegistry.declarations
        declarations.parameters.append(
            ParameterDeclaration(
                id: "skewed", name: "skewed", value: .range(low: 1, high: 2), distribution: .lognormal, unit: "count",
                why: "For the test.", position: TextPosition(file: "t", line: 1, column: 1)))
        declarations.models.append(
            ModelDeclaration(
                id: "unbounded", name: "Unbounded", unit: "count", formula: "skewed * 2",
                formulaPosition: TextPosition(file: "t", line: 2, column: 1)))
        let registry = Registry(sources: TestRegistry.sources, figures: TestRegistry.figures, declarations: declarations, origin: "t")
        let result = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 1_000, threads: 1))
        let model = try #require(result.model("unbounded"))
        let bounds = try #require(model.bounds)
        #expect(bounds.low > 0 && bounds.high >= 4)
        let decoded = try JSONDecoder().decode(AnalysisResult.self, from: try result.jsonData())
        #expect(decoded == result)
    }
}
