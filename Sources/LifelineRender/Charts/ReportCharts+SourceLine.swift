import LifelineAnalysis
import LifelineCharts
import LifelineData

/// What a chart rests on, for the source line and the scenario tag every standalone chart carries (so its caveats
/// survive being lifted into a deck): the sources its figures and models reach, and whether what it shows is a
/// scenario. The words are the lines `source:` and `tag:` of the chart's template, or, where it has none, of
/// `source-line.txt.mustache`, rendered with the chart's values and these under `chart.footer`.
extension ReportCharts {
    /// The template that words the source line and the tag of a chart whose own template does not.
    static let sourceLineTemplate = "source-line.txt.mustache"

    /// What one chart's figures and models rest on.
    struct Reach {
        /// The sources, each once, in the order of the references.
        var sources: [String]
        /// The kind of each model the chart shows.
        var kinds: [ModelKind]
        /// The figures behind it, each once: those it draws, then those its models read.
        var figures: [String]
    }

    /// The sources and model kinds that `declaration`'s figures, models and curve reach.
    func reach(_ declaration: ChartDeclaration) -> Reach {
        var modelIDs = declaration.ids(.model) + declaration.ids(.models) + declaration.ids(.pooled)
        if let curve = analysis.curve(declaration.id(.curve)) { modelIDs += curve.models.map(\.modelID) }
        return reach(figures: declaration.ids(.figures), models: modelIDs.compactMap { analysis.model($0) })
    }

    /// The sources, model kinds and figures behind `figures` and the models `results`.
    func reach(figures: [String], models results: [ModelResult]) -> Reach {
        var ids: [String] = []
        for id in figures + results.flatMap(\.figures) where !ids.contains(id) { ids.append(id) }
        let found = Set(ids.compactMap { registry.figure($0)?.source })
        return Reach(sources: registry.sources.map(\.id).filter(found.contains), kinds: results.map(\.kind), figures: ids)
    }

    /// The values under `chart.footer`: `sources` (each `hasPublisher`, `publisher`, `hasYear`, `year`, `last`),
    /// `oneSource`, `scenario` (every model shown is a scenario) and `someScenario` (some, not all, are).
    func footerValues(_ reach: Reach) -> [String: Any] {
        let sources: [[String: Any]] = reach.sources.compactMap { registry.source($0) }.enumerated().map { index, source in
            [
                "hasPublisher": source.publisher != nil, "publisher": source.publisher ?? "", "hasYear": source.year != nil,
                "year": source.year.map(String.init) ?? "", "last": index == reach.sources.count - 1,
            ]
        }
        let scenarios = reach.kinds.filter { $0 == .scenario }.count
        return [
            "sources": sources, "oneSource": sources.count == 1,
            "scenario": scenarios > 0 && scenarios == reach.kinds.count,
            "someScenario": scenarios > 0 && scenarios < reach.kinds.count,
        ]
    }
}

extension ChartBuilder {
    /// The chart's words: its template rendered with `values` under `chart` (and ``ReportCharts/footerValues(_:)``
    /// under `chart.footer`); the lines `source:` and `tag:` it does not write come from
    /// ``ReportCharts/sourceLineTemplate``.
    func words(_ values: [String: Any]) throws(RenderError) -> TemplateLabels {
        var values = values
        values["footer"] = charts.footerValues(charts.reach(declaration))
        let own = try charts.text.labels(declaration.file, "chart", values)
        let shared = try charts.text.labels(ReportCharts.sourceLineTemplate, "chart", values)
        var lines = own.lines
        for name in ["source", "tag"] where lines[name] == nil { lines[name] = shared.lines[name] }
        return TemplateLabels(file: own.file, path: own.path, lines: lines)
    }

    /// The entry of the chart called by the declaration's name: its title, subtitle and description from `words`,
    /// its source line (`source:`) under it and its tag (`tag:`, none when empty) at the top right, its caption,
    /// and the sources it cites.
    func entry(words: TemplateLabels, x: Axis, y: Axis, marks: [any Mark]) throws(RenderError) -> ReportCharts.Entry {
        var chart = try charts.make(name: declaration.name, words: words, x: x, y: y, marks: marks)
        chart.caption = try words("source")
        chart.tag = try words("tag").isEmpty ? nil : try words("tag")
        return ReportCharts.Entry(chart: chart, sources: charts.reach(declaration).sources, caption: try words("caption"))
    }
}

extension TemplateLabels {
    /// Labels from lines already rendered.
    init(file: String, path: String, lines: [String: String]) {
        self.file = file
        self.path = path
        self.lines = lines
    }
}
