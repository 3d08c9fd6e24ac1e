import LifelineData
import Testing

@testable import LifelineAnalysis

@Suite("Errors")
struct ErrorTests {
    @Test(
        "a missing figure is named where the data's formulas, pools or comparisons use it",
        arguments: [
            "sk-share-sending", "cn-defector-population", "survey-2016-annual-amount", "fee-dailynk-2021", "state-fee-border",
            "sdg-10c-cost-target", "aggregate-annual-flow", "fee-feature-upper", "sdg-10c-corridor-limit",
        ])
    func missingFigure(id: String) {
        do {
            _ = try Analysis.run(registry: TestRegistry.without(id), options: AnalysisOptions(draws: 1000))
            Issue.record("expected an error for a missing \(id)")
        } catch {
            guard case .invalidModels = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(error.description.contains("`\(id)`"))
            #expect(error.description.contains("remittances.yaml:"))
        }
    }

    @Test("figures the models only cite may be missing")
    func optionalFigures() throws {
        let registry = Registry(
            sources: TestRegistry.sources,
            figures: TestRegistry.figures.filter {
                !["survey-2016-size", "survey-2016-max-sender", "survey-2016-share-regular"].contains($0.id)
            }, declarations: TestRegistry.declarations, origin: "test")
        let result = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 1000))
        #expect(result.model("cost-times-target") != nil)
    }

    @Test("a figure in the wrong unit is refused with a fix")
    func wrongUnit() {
        let registry = TestRegistry.replacing(TestRegistry.figure("sk-transfer-amount", .range(low: 2200, high: 3100), .usdPerYear))
        let error = #expect(throws: AnalysisError.self) {
            try Analysis.run(registry: registry, options: AnalysisOptions(draws: 1000))
        }
        #expect(error?.description.contains("USD/year²") == true)  // the compiler locates the unit clash in the formula
    }

    @Test("a share outside 0–1 is refused")
    func shareRange() {
        let registry = TestRegistry.replacing(TestRegistry.figure("sk-share-sending", .range(low: 20, high: 60), .share))
        #expect(throws: AnalysisError.self) { try Analysis.run(registry: registry, options: AnalysisOptions(draws: 1000)) }
    }

    @Test(
        "bad options are refused",
        arguments: [
            AnalysisOptions(draws: 0), AnalysisOptions(threads: 0),
            AnalysisOptions(extraPercentiles: [95]),
        ])
    func badOptions(options: AnalysisOptions) {
        #expect(throws: AnalysisError.self) { try options.validate() }
    }

    @Test("fee weights can be changed in the data and a source left out")
    func weights() throws {
        var registry = TestRegistry.standard
        let weights = ["fee-dailynk-2021": 3.0, "fee-scmp-usual": 0, "fee-feature-range": 1]
        let index = try #require(registry.declarations.pools.firstIndex { $0.id == "broker-fee-pooled" })
        for (k, part) in registry.declarations.pools[index].components.enumerated() {
            registry.declarations.pools[index].components[k].weight = weights[part.id]!
        }
        let options = AnalysisOptions(draws: 1000)
        let result = try Analysis.run(registry: registry, options: options)
        #expect(abs(result.model("broker-fee-pooled")!.mean - (3 * 0.25 + 0.5) / 4) < 1e-12)
        #expect(result.model("broker-fee-pooled")!.figures == ["fee-dailynk-2021", "fee-feature-range"])
    }
}
