import LifelineData
import Testing

@testable import LifelineAnalysis

/// The analysis runs the data's models: every declared model comes out of `Analysis.run` exactly as the compiled
/// program gives it, and a model, a tornado and a comparison added in the data need no Swift.
@Suite struct DefaultModelsTests {
    @Test func everyDeclaredDefaultModelComesOutOfTheAnalysisBitForBit() throws {
        let registry = try Registry.embedded()
        let options = AnalysisOptions(draws: 200_000)
        let compilation = FormulaCompiler.compile(registry.declarations, registry: registry)
        #expect(compilation.warnings.isEmpty, "\(compilation.warnings.map(\.warningDescription))")
        let program = try compilation.get()
        let analysis = try Analysis.run(registry: registry, options: options)
        let runs = MonteCarlo.run(program, draws: options.draws, seed: options.seed, threads: options.threads)
        #expect(program.models.count == 19)
        for model in program.models {
            let summary = Summary(runs[model.output], bins: options.histogramBins, extra: options.extraPercentiles)
            let result = try #require(analysis.model(model.id), "no model `\(model.id)` in the analysis")
            #expect(summary == result.summary, "\(model.id)")
            #expect(result.title == model.name && result.unit == model.unit && result.kind == model.kind, "\(model.id)")
            #expect(analysis.sensitivity(of: model.id) != nil, "\(model.id) has no tornado")
        }
    }

    @Test func aModelAddedInTheDataGetsItsSummaryTornadoAndKind() throws {
        var registry = try Registry.embedded()
        let position = TextPosition(file: "test.yaml", line: 1, column: 1)
        registry.declarations.models.append(
            ModelDeclaration(
                id: "cn-per-defector", name: "Sent from China per defector", unit: "USD/year",
                formula: "cn-share-sending * cn-annual-amount", formulaPosition: position, position: position))
        registry.declarations.comparisons.append(
            ComparisonDeclaration(
                id: "china-against-survey", name: nil, form: .estimates,
                first: DeclaredReference(id: "cn-per-defector", position: position),
                second: DeclaredReference(id: "survey-2016-annual-amount", position: position), position: position))
        let result = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 20_000))
        let added = try #require(result.model("cn-per-defector"))
        #expect(added.kind == .scenario)  // it reaches two parameters
        #expect(added.title == "Sent from China per defector")
        #expect(added.median > 30 && added.median < 360)
        #expect(
            added.assumptions.filter { !$0.sourced }.map(\.name) == [
                "share who send (China, assumed)", "USD a year per sender (China, assumed)",
            ])  // independent inputs is an assumption of the method, listed once, not a model's
        let tornado = try #require(result.sensitivity(of: "cn-per-defector"))
        #expect(tornado.rows.count == 2)
        let comparison = try #require(result.comparison("china-against-survey"))
        #expect(comparison.overlap == .lower)  // at most 0.3 × 1,200 = 360 a year, below the survey's 900–1,800
        #expect(comparison.first.what == "model" && comparison.second.what == "figure")
    }

    /// The split models drew `100 USD` from a point parameter, which made even `split-brokers` (broker fees only,
    /// all sourced) a scenario; the routes write the same literal.
    @Test func theRoutesOf100USDAreAScenarioOnlyWhereTheyReachAnAssumptionNotThroughTheAmountSent() throws {
        let registry = try Registry.embedded()
        #expect(!registry.declarations.parameters.contains { $0.unit == "USD" && $0.value == .point(100) })
        let program = try FormulaCompiler.compile(registry.declarations, registry: registry).get()
        let kinds = Dictionary(uniqueKeysWithValues: program.models.map { ($0.id, $0.kind) })
        #expect(kinds["route-brokers"] == .sourcedEstimate)  // broker fees, all sourced
        #expect(kinds["route-state"] == .sourcedEstimate)  // the state's 20% fee, sourced
        #expect(kinds["route-worst"] == .sourcedEstimate)  // the highest cut reported
        #expect(kinds["route-brokers-extortion"] == .scenario)  // the extortion is an illustrated parameter
        for id in ["route-brokers", "route-state", "route-worst"] {
            let route = try #require(program.models.first { $0.id == id })
            #expect(route.inputs.map { program.inputs[$0].sourced } == [true], "\(id)")
        }
    }

    @Test func aDiscreteInputsTornadoBaselineIsAValueItCanTake() {
        #expect(InputDistribution(.discrete(low: 1, high: 2)).reachableMedian == 1)
        #expect(InputDistribution(.discrete(low: 1, high: 3)).reachableMedian == 2)
        #expect(InputDistribution(.uniform(low: 1, high: 2)).reachableMedian == 1.5)
    }

    @Test func aRegistryWithNoModelsIsRefusedWithAClearError() throws {
        let registry = try Registry.embedded()
        let empty = Registry(sources: registry.sources, figures: registry.figures, origin: "test")
        #expect(throws: AnalysisError.noModels) { try Analysis.run(registry: empty, options: AnalysisOptions(draws: 100)) }
    }
}
