import LifelineAnalysis
import LifelineData

/// The report's tables built from the registry; their words come from `table-fee-evidence.txt.mustache` and
/// `table-all-figures.txt.mustache`.
enum ReportTables {
    /// Fee evidence: each source's reported cut, its year and what it measures, brokers first, then the state.
    static func fees(_ registry: Registry, analysis: AnalysisResult, label: String, text: ReportText) throws(RenderError) -> Table {
        let words = try text.labels("table-fee-evidence.txt.mustache", "table")
        let citations = Citations(registry: registry)
        let ordered = analysis.feeSources.filter { $0.taker == .broker } + analysis.feeSources.filter { $0.taker != .broker }
        let figures = ordered.compactMap { registry.figure($0.figureID) }
        let sources = figures.map(\.source)
        let unnamed = try words("unnamedPublisher"), notStated = try words("yearNotStated")
        return Table(
            id: "table-fee-evidence", label: label,
            caption: [.text(try words("caption") + " " + text.common()("sources") + " ")] + citations.cite(sources: sources) + [.text(".")],
            columns: try words.columns([.left, .right, .right, .left]),
            rows: figures.map { figure in
                let source = registry.source(figure.source)
                return [
                    [.text(source?.publisher ?? unnamed), .text(" ")] + citations.cite(figure.source),
                    [.text(figure.hedgedValueText)],
                    [.text(figure.year.map(String.init) ?? notStated)],
                    [.text(figure.measures)],
                ]
            })
    }

    /// Every figure in the registry with its quote: the appendix.
    static func allFigures(_ registry: Registry, label: String, text: ReportText) throws(RenderError) -> Table {
        let words = try text.labels("table-all-figures.txt.mustache", "table")
        let citations = Citations(registry: registry)
        let notStated = try words("yearNotStated"), note = try words("note")
        return Table(
            id: "table-all-figures", label: label,
            caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .right, .right, .left, .left]),
            rows: registry.figures.map { figure in
                [
                    [.text(figure.measures), .text(" ("), .text(figure.id), .text(")")],
                    [.text(figure.hedgedValueText)],
                    [.text(figure.year.map(String.init) ?? notStated)],
                    citations.cite(figure.source),
                    [.text("“" + figure.quote + "”")] + (figure.note.map { [.text(" " + note + " " + $0)] } ?? []),
                ]
            })
    }
}
