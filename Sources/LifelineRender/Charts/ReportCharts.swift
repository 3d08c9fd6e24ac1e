import LifelineAnalysis
import LifelineCharts
import LifelineData

/// The report's charts: one for each template `chart-NAME.txt.mustache`, whose plain-text lines declare what it
/// draws (``ChartDeclaration``) and whose other lines are its words; each is built by the builder of its kind on
/// the general chart kit, with the caption that cites its sources. `lifeline chart NAME` draws one of them on its
/// own; `build` inlines them all.
struct ReportCharts {
    let registry: Registry
    let analysis: AnalysisResult
    /// The templates the words come from.
    let text: ReportText

    /// A chart of the report and where it comes from.
    struct Entry: Sendable {
        /// The chart itself (its name prefixes every id, so several inline in one page never clash).
        var chart: Chart
        /// The sources the chart draws on, for its caption.
        var sources: [String]
        /// The caption's sentence, before the citations.
        var caption: String
    }

    /// Every chart the templates declare (one `chart-NAME.txt.mustache` each), sorted by name.
    var declarations: [ChartDeclaration] { text.renderer.chartDeclarations }

    /// Every chart the templates declare, sorted by name; every problem of every declaration (an unknown kind,
    /// model or figure) is thrown at once, located in its template.
    func all() throws(RenderError) -> [Entry] {
        let declarations = self.declarations
        let problems = problems()
        guard problems.isEmpty else { throw .templateProblems(problems) }
        var entries: [Entry] = []
        for declaration in declarations { if let entry = try entry(declaration) { entries.append(entry) } }
        return entries
    }

    /// Every problem of every chart's declaration (an unknown kind, model or figure), located.
    func problems() -> [Diagnostic] { declarations.flatMap { $0.problems(registry: registry, analysis: analysis) } }

    /// The chart `declaration` declares, drawn by the builder of its kind (nil for a declaration whose checks failed).
    func entry(_ declaration: ChartDeclaration) throws(RenderError) -> Entry? {
        switch declaration.kind {
        case .distribution: try DistributionChart(charts: self, declaration: declaration).entry()
        case .tornado: try TornadoChart(charts: self, declaration: declaration).entry()
        case .pointRange: try PointRangeChart(charts: self, declaration: declaration).entry()
        case .curve: try CurveChart(charts: self, declaration: declaration).entry()
        case nil: nil
        }
    }

    /// The chart `name` with the title, subtitle and description of `words`.
    func make(name: String, words: TemplateLabels, x: Axis, y: Axis, marks: [any Mark]) throws(RenderError) -> Chart {
        try make(
            name: name, title: try words("title"), subtitle: try words("subtitle"), description: try words("description"), x: x, y: y,
            marks: marks)
    }

    /// The chart, or an error naming it.
    func make(
        name: String, title: String, subtitle: String, description: String, x: Axis, y: Axis, marks: [any Mark]
    ) throws(RenderError) -> Chart {
        do {
            return try Chart(name: name, title: title, subtitle: subtitle, description: description, x: x, y: y, marks: marks)
        } catch {
            throw .analysis("the chart `\(name)` could not be made: \(error)")
        }
    }
}
