import LifelineAnalysis
import LifelineData

/// The checks of a table's declaration against the data and the analysis, each problem located in the template.
extension TableDeclaration {
    /// Every problem of the declaration, empty when the table can be made.
    func problems(registry: Registry, analysis: AnalysisResult) -> [Diagnostic] {
        let (kind, found) = kindProblems()
        guard let kind else { return found }
        var problems = found
        if kind.allowed.contains(.models) { problems += modelProblems(.models, registry: registry, analysis: analysis) }
        if kind.allowed.contains(.figures) { problems += figureProblems(.figures, registry: registry) }
        if kind.allowed.contains(.statistic) {
            problems += wordProblems(.statistic, among: TableStatistic.allCases.map(\.rawValue), what: "statistic")
        }
        return problems
    }
}
