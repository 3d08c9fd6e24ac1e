import LifelineAnalysis
import LifelineData

/// The checks of a chart's declaration against the data and the analysis: a kind it can draw, the lines that
/// kind needs, and ids that exist, each problem located in the template with a "did you mean".
extension ChartDeclaration {
    /// Every problem of the declaration, empty when the chart can be drawn.
    func problems(registry: Registry, analysis: AnalysisResult) -> [Diagnostic] {
        let (kind, found) = kindProblems()
        guard let kind else { return found }
        var problems = found
        for key in [Key.model, .pooled, .models] where kind.allowed.contains(key) {
            problems += modelProblems(key, registry: registry, analysis: analysis)
        }
        let models = analysis.models.map(\.id)
        let tornadoes = analysis.sensitivity.map(\.modelID)
        if kind == .tornado, let model = reference(.model), models.contains(model.id), !tornadoes.contains(model.id) {
            problems.append(
                located(
                    model, "the analysis computes no tornado for the model `\(model.id)`",
                    Suggestion.didYouMean(model.id, in: tornadoes) + "Draw it with `kind: distribution`, or name a model whose inputs vary."
                ))
        }
        let curves = analysis.curves.map(\.id)
        if kind.allowed.contains(.curve), let curve = reference(.curve), !curves.contains(curve.id) {
            problems.append(
                located(
                    curve, "no curve `\(curve.id)` is declared",
                    Suggestion.didYouMean(curve.id, in: curves) + "Use the id of a curve in the data's `curves:`."))
        }
        if kind.allowed.contains(.figures) { problems += figureProblems(.figures, registry: registry) }
        if kind.allowed.contains(.highlight) {
            problems += wordProblems(.highlight, among: ids(.figures) + ids(.models), what: "highlighted row")
        }
        return problems
    }
}
