import LifelineData
import Testing

@testable import LifelineAnalysis

/// Curves declared in the data: the compiler's located errors (golden text), and the analysis's points, which are
/// the models' formulas evaluated directly with every copy of the input at the grid value and every other input at
/// the tornado's baseline.
@Suite struct CurveTests {
    typealias Base = FormulaCompilerTests

    /// A curve declared on `line`: `over` at column 11, `to` on the next line, `step` on the one after, the models
    /// from column 14 of the line after that, five columns apart.
    static func curve(
        _ id: String, over: String, from: Double = 0, to: Double = 0.8, step: Double = 0.01, models: [String], line: Int
    ) -> CurveDeclaration {
        CurveDeclaration(
            id: id, over: DeclaredReference(id: over, position: Base.at(line, 11)),
            grid: CurveGrid(from: from, to: to, step: step, toPosition: Base.at(line + 1, 9), stepPosition: Base.at(line + 2, 11)),
            models: models.enumerated().map { DeclaredReference(id: $1, position: Base.at(line + 3, 14 + 5 * $0)) },
            position: Base.at(line))
    }

    /// The delivered share through one and two intermediaries, and the China flow (lines 10–12).
    static let models = [
        Base.model("one", "share", "1 - fee@1", line: 10),
        Base.model("two", "share", "one * (1 - fee@2)", line: 11),
        Base.china,
    ]

    /// The errors of compiling `models` with `curves`, as printed.
    static func errors(_ curves: [CurveDeclaration]) -> [String] {
        FormulaCompiler.compile(
            ModelDeclarations(parameters: Base.parameters, pools: [Base.fees], models: models, curves: curves),
            registry: TestRegistry.standard
        ).errors.map(\.description)
    }

    @Test func aWellFormedCurveCompiles() {
        #expect(Self.errors([Self.curve("fees", over: "fee", models: ["one", "two"], line: 20)]) == [])
    }

    @Test func goldenCurveIdsAreCheckedWithDidYouMean() {
        #expect(
            Self.errors([
                Self.curve("a", over: "fe", models: ["one", "tow"], line: 20),
                Self.curve("b", over: "one", models: ["cn-share"], line: 30),
                Self.curve("c", over: "fee", models: ["one", "china"], line: 40),
                Self.curve("d", over: "cn-share", models: ["china", "one"], line: 50),
            ]) == [
                "models.yaml:20:11: error: curve `a` runs over `fe`, which is not declared. Did you mean `fee`? Use the id of a figure, parameter or pool.",
                "models.yaml:23:19: error: curve `a` draws `tow`, which is not declared. Did you mean `two`? Use the id of a model.",
                "models.yaml:30:11: error: curve `b` runs over the model `one`. A curve runs over a figure, parameter or pool (`over:`) and draws models that reach it (`models:`).",
                "models.yaml:33:14: error: curve `b` draws the parameter `cn-share`. A curve runs over a figure, parameter or pool (`over:`) and draws models that reach it (`models:`).",
                "models.yaml:43:19: error: curve `c` draws `one` (a plain number) and `china` (USD/year) on one axis. Draw models of one unit in a curve; declare another curve for the others.",
                "models.yaml:43:19: error: curve `c` draws the model `china`, which does not reach `fee`. Draw models whose formulas use `fee` (directly or through other models), or run the curve over an input they use.",
                "models.yaml:53:19: error: curve `d` draws `china` (USD/year) and `one` (a plain number) on one axis. Draw models of one unit in a curve; declare another curve for the others.",
                "models.yaml:53:19: error: curve `d` draws the model `one`, which does not reach `cn-share`. Draw models whose formulas use `cn-share` (directly or through other models), or run the curve over an input they use.",
            ])
    }

    @Test func goldenABadGridIsLocatedAtItsStepOrEnd() {
        #expect(
            Self.errors([
                Self.curve("zero-step", over: "fee", step: 0, models: ["one"], line: 20),
                Self.curve("backwards", over: "fee", from: 0.8, to: 0.1, models: ["one"], line: 30),
                Self.curve("dense", over: "fee", to: 1, step: 0.00001, models: ["one"], line: 40),
                Self.curve("widest", over: "fee", to: 1, step: 0.0001, models: ["one"], line: 50),
            ]) == [
                "models.yaml:22:11: error: curve `zero-step` has the step 0, which is not above 0. Give a positive `step`, e.g. a hundredth of the range.",
                "models.yaml:31:9: error: curve `backwards` runs from 0.8 to 0.1, which is not above it. Make `to` larger than `from`.",
                "models.yaml:42:11: error: curve `dense` has 100001 points, more than 10001. Use a larger `step`: (to − from) / step must be at most 10000.",
            ])
    }

    @Test func aCurvesPointsAreItsModelsEvaluatedDirectlyOnTheGrid() throws {
        // A loss of the test's own (lines 5–8), reached directly, through another model, and on top of a pool.
        var registry = TestRegistry.standard
        registry.declarations.parameters.append(Base.parameter("test-loss", 0, 0.1, "share", line: 5))
        registry.declarations.models += [
            Base.model("test-received", "USD/year", "sk-family-receipts * (1 - test-loss)", line: 6),
            Base.model("test-lost", "USD/year", "sk-family-receipts - test-received", line: 7),
            Base.model("test-family-received", "USD/year", "family-one-transfer * (1 - test-loss)", line: 8),
        ]
        registry.declarations.curves.append(
            Self.curve(
                "loss", over: "test-loss", from: 0, to: 0.3, step: 0.05,
                models: ["test-received", "test-lost", "test-family-received"], line: 1))
        let result = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 2_000, threads: 1))
        let program = try FormulaCompiler.compile(registry.declarations, registry: registry).get()
        let baseline = Dictionary(zip(program.inputIDs, program.inputs.map(\.distribution.reachableMedian))) { first, _ in first }
        let formulas = Dictionary(uniqueKeysWithValues: program.models.map { ($0.id, $0.formula.root) })
        #expect(result.curves.map(\.id) == ["fee-erosion", "loss"])
        for curve in result.curves {
            let declared = try #require(registry.declarations.curves.first { $0.id == curve.id })
            #expect(curve.over.median == program.inputs[program.inputIDs.firstIndex(of: curve.overID)!].distribution.quantile(0.5))
            for series in curve.models {
                /// The model's value with every copy of the curve's input at `x`, evaluated from its formula tree.
                func direct(_ id: String, _ x: Double) -> Double {
                    FormulaEvaluator.evaluate(formulas[id]!) { reference, _ in
                        if reference == curve.overID { return x }
                        if formulas[reference] != nil { return direct(reference, x) }
                        return baseline[reference]!
                    }
                }
                #expect(series.points.map(\.x) == declared.grid.values)
                #expect(series.points.map(\.y) == declared.grid.values.map { direct(series.modelID, $0) }, "\(series.modelID)")
                #expect(series.atMedian == direct(series.modelID, curve.over.median))
                #expect(series.simulated == result.model(series.modelID)?.summary.interval)
            }
        }
    }
}
