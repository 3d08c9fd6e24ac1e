import LifelineData
import Testing

@testable import LifelineAnalysis

/// Stated assumptions in the compiler: a model that reaches an input an assumption is about, through other models
/// too, carries it and is a scenario; a pool's `why` changes no kind; unknown ids are located errors with "did you
/// mean"; an assumption no model reaches is a warning.
@Suite struct FormulaCompilerAssumptionTests {
    typealias Base = FormulaCompilerTests

    /// An assumption declared on `line`, about `ids` (written from column 13 on that line).
    static func assumption(_ id: String, about ids: [String], line: Int) -> AssumptionDeclaration {
        AssumptionDeclaration(
            id: id, name: id, why: "test", about: ids.map { DeclaredReference(id: $0, position: Base.at(line, 13)) },
            position: Base.at(line))
    }

    /// Compiles `models` with the standard parameters and pool (its `why` set) and `assumptions`.
    static func compile(
        _ models: [ModelDeclaration], _ assumptions: [AssumptionDeclaration], usedElsewhere: Set<String>? = nil
    ) -> FormulaCompilation {
        var fees = Base.fees
        fees.why = "Equal weights."
        return FormulaCompiler.compile(
            ModelDeclarations(parameters: Base.parameters, pools: [fees], models: models, assumptions: assumptions),
            registry: TestRegistry.standard, usedElsewhere: usedElsewhere)
    }

    @Test func anAssumptionMakesEveryModelThatReachesItAScenarioThroughAChain() throws {
        let program = try Self.compile(
            [
                Base.flow,
                Base.model("doubled", "USD/year", "flow * 2", line: 12),
                Base.model("chained", "USD/year", "doubled + flow", line: 13),
                Base.model("sent", "USD/year", "sk-transfer-amount * sk-transfers-per-year", line: 14),
                Base.model("fee-only", "share", "fee@1", line: 15),
            ],
            [Self.assumption("survey-today", about: ["sk-share-sending"], line: 20)]
        ).get()
        #expect(program.models.map(\.kind) == [.scenario, .scenario, .scenario, .sourcedEstimate, .sourcedEstimate])
        #expect(program.models.map(\.assumptions) == [["survey-today"], ["survey-today"], ["survey-today"], [], []])
    }

    /// An assumption about a model is no error (it reaches that model and every model built on it) and is used.
    @Test func goldenAssumptionProblemsAreLocatedAndAnUnusedOneIsAWarning() {
        let compilation = Self.compile(
            [Base.flow],
            [
                Self.assumption("misspelt", about: ["sk-share-sendin"], line: 20),
                Self.assumption("about-a-model", about: ["flow"], line: 21),
                Self.assumption("unreached", about: ["cn-share"], line: 22),
            ])
        #expect(
            compilation.errors.map(\.description) == [
                "models.yaml:20:13: error: assumption `misspelt` is about `sk-share-sendin`, which is not declared. Did you mean `sk-share-sending`? Use the id of a figure, parameter, pool or model."
            ])
        #expect(
            compilation.warnings.map(\.warningDescription).filter { $0.contains("assumption") } == [
                "models.yaml:22:5: warning: assumption `unreached` is not used. List in `about` a figure, parameter, pool or model a model's formula uses, or remove it."
            ])
    }
}
