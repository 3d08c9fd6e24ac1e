import LifelineData
import Testing

@testable import LifelineAnalysis

/// Stated assumptions and pools' weights in the analysis: each reaches the results of the models that reach its
/// inputs, and the analysis's list of assumptions once.
@Suite struct AnalysisAssumptionTests {
    /// The standard registry with an assumption about the share who send (model 1's input) and the brokers' pool's
    /// weights explained, run briefly.
    static let result: AnalysisResult = {
        var declarations = TestRegistry.declarations
        declarations.assumptions.append(
            AssumptionDeclaration(
                id: "test-stated", name: "test stated assumption", why: "Stated for the test.",
                about: [DeclaredReference(id: "sk-share-sending", position: TextPosition(file: "test", line: 1, column: 1))],
                position: TextPosition(file: "test", line: 1, column: 1)))
        let brokers = declarations.pools.firstIndex { $0.id == "broker-fee-pooled" }!
        declarations.pools[brokers].why = "Brokers' weights for the test."
        let registry = Registry(
            sources: TestRegistry.sources, figures: TestRegistry.figures, declarations: declarations, origin: "test")
        return try! Analysis.run(registry: registry, options: AnalysisOptions(draws: 4_000, threads: 1))
    }()

    /// The result of model `id`.
    static func model(_ id: String) throws -> ModelResult { try #require(result.models.first { $0.id == id }) }

    @Test func aStatedAssumptionReachesEveryModelThatReachesItsInputAndTheListOnce() throws {
        let stated = Assumption(name: "test stated assumption", value: nil, description: "Stated for the test.", sourced: false)
        for id in ["sk-gross-flow", "total-flow-scenario", "sk-broker-capture"] {
            let model = try Self.model(id)
            #expect(model.kind == .scenario, "\(id)")
            #expect(model.assumptions.filter { $0 == stated }.count == 1, "\(id)")
        }
        #expect(try Self.model("family-annual-sent").assumptions.contains(stated) == false)
        #expect(Self.result.assumptions.filter { $0.name == stated.name } == [stated])
    }

    @Test func aPoolsWhyListsItsWeightsWithoutMakingAScenario() throws {
        let brokers = try #require(TestRegistry.declarations.pools.first { $0.id == "broker-fee-pooled" })
        let name = brokers.name ?? brokers.id
        let rows = Self.result.assumptions.filter { $0.name == name }
        #expect(rows.map(\.value) == ["fee-dailynk-2021 50%, fee-scmp-usual 50%"])
        #expect(rows.map(\.description) == ["Brokers' weights for the test."])
        #expect(try Self.model("route-brokers").assumptions.contains { $0.name == name })
        // Weights alone make no scenario: the brokers' share of the flow from the feature's figures stays sourced
        // apart from the test's stated assumption about the share who send.
        var declarations = TestRegistry.declarations
        let index = declarations.pools.firstIndex { $0.id == "broker-fee-pooled" }!
        declarations.pools[index].why = "Weights."
        let program = try FormulaCompiler.compile(declarations, registry: TestRegistry.standard).get()
        #expect(program.models.first { $0.id == "sk-broker-capture" }?.kind == .sourcedEstimate)
    }

    @Test func aMethodAssumptionIsListedOnceAndMakesNoResultAScenario() throws {
        var declarations = TestRegistry.declarations
        declarations.assumptions.append(
            AssumptionDeclaration(
                id: "test-method", name: "test method assumption", why: "Every input is drawn on its own.", about: [],
                position: TextPosition(file: "test", line: 1, column: 1)))
        let registry = Registry(sources: TestRegistry.sources, figures: TestRegistry.figures, declarations: declarations, origin: "test")
        let compilation = FormulaCompiler.compile(declarations, registry: registry)
        let program = try compilation.get()
        #expect(program.models.first { $0.id == "sk-gross-flow" }?.kind == .sourcedEstimate)
        #expect(!compilation.warnings.contains { $0.message.contains("test-method") })
        let result = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 1_000, threads: 1))
        #expect(result.assumptions.filter { $0.name == "test method assumption" }.count == 1)
    }

    /// An assumption about a model was refused ("name the figures it concerns"), so a counterfactual that rests on a
    /// statement (costs at the target) could only be marked by an assumption about the target's figure, which made
    /// every model reading that figure a scenario, the plain ratio to the target included.
    @Test func anAssumptionAboutAModelReachesThatModelAndTheModelsBuiltOnItOnly() throws {
        var declarations = TestRegistry.declarations
        declarations.assumptions.append(
            AssumptionDeclaration(
                id: "test-about-model", name: "about a model", why: "Stated about the gross flow.",
                about: [DeclaredReference(id: "sk-gross-flow", position: TextPosition(file: "test", line: 1, column: 1))],
                position: TextPosition(file: "test", line: 1, column: 1)))
        let program = try FormulaCompiler.compile(declarations, registry: TestRegistry.standard).get()
        func model(_ id: String) throws -> CompiledModel { try #require(program.models.first { $0.id == id }) }
        #expect(try model("sk-gross-flow").kind == .scenario)
        #expect(try model("sk-gross-flow").assumptions == ["test-about-model"])
        #expect(try model("sk-broker-capture").assumptions.contains("test-about-model"))
        #expect(try model("family-annual-sent").assumptions.contains("test-about-model") == false)
        #expect(try model("family-annual-sent").kind == .sourcedEstimate)
    }
}
