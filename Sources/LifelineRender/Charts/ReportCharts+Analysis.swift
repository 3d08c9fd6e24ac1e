import LifelineAnalysis
import LifelineCharts
import LifelineData

/// What the chart builders read from the analysis: a model's result and the sources behind it.
extension ReportCharts {
    /// The model result with `id`, or an error naming what is missing.
    func model(_ id: String) throws(RenderError) -> ModelResult {
        guard let result = analysis.model(id) else { throw .analysis("the analysis has no result `\(id)`") }
        return result
    }

    /// The sources behind a model's figures.
    func sources(of result: ModelResult) -> [String] {
        result.figures.compactMap { registry.figure($0)?.source }
    }

    /// An input's name for a chart row, first letter capitalised.
    static func inputName(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}
