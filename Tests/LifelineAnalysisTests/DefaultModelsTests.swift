import LifelineData
import Testing

@testable import LifelineAnalysis

/// The default project's models, written in the data file's model language, give exactly the numbers of the
/// hand-written briefing model that the report still comes from.
@Suite struct DefaultModelsTests {
    @Test func everyDeclaredDefaultModelMatchesTheAnalysisBitForBit() throws {
        let registry = try Registry.embedded()
        let options = AnalysisOptions()
        let compilation = FormulaCompiler.compile(registry.declarations, registry: registry)
        #expect(compilation.warnings.isEmpty, "\(compilation.warnings.map(\.warningDescription))")
        let program = try compilation.get()
        let analysis = try Analysis.run(registry: registry, options: options)
        let runs = MonteCarlo.run(program, draws: options.draws, seed: options.seed, threads: options.threads)
        #expect(program.models.count == 19)
        for model in program.models {
            let summary = Summary(runs[model.output], bins: options.histogramBins, extra: options.extraPercentiles)
            let original = try #require(analysis.models.first { $0.id == model.id }, "no model `\(model.id)` in the analysis")
            #expect(summary == original.summary, "\(model.id)")
            #expect(original.title == model.name, "\(model.id)")
            #expect(original.unit == model.unit, "\(model.id)")
        }
    }

    @Test func theDefaultModelsKeepTodaysRandomStreams() throws {
        let registry = try Registry.embedded()
        let program = try FormulaCompiler.compile(registry.declarations, registry: registry).get()
        let joint = try AnalysisBuilder(registry: registry, options: AnalysisOptions()).plan().model
        let constant = Set(
            ["transfer-sent", "sdg-10c-cost-target"].map { id in
                program.inputs.first { $0.figureID == id || $0.key == "assumption:" + id }!.key
            })
        #expect(Set(program.inputs.map(\.key)).subtracting(constant) == Set(joint.inputs.map(\.key)))
    }
}
