import LifelineAnalysis
import LifelineData

/// The report's tables: one for each template `table-NAME.txt.mustache`, whose plain-text lines declare what it
/// shows (``TableDeclaration``) and whose other lines are its words (`caption`, `columns`, …). A section template
/// places it by its name in camel case: `moneySplitTable.block`, `.ref`.
struct ReportTables {
    let registry: Registry
    let analysis: AnalysisResult
    /// The templates the words come from.
    let text: ReportText
    /// Which quotes were verified against archived copies (none when nil): the appendix marks the others.
    var quotes: QuoteVerification? = nil

    /// Every table the templates declare, sorted by name.
    var declarations: [TableDeclaration] { text.renderer.tableDeclarations }

    /// Every problem of every table's declaration (an unknown kind, model, figure or statistic), located.
    func problems() -> [Diagnostic] { declarations.flatMap { $0.problems(registry: registry, analysis: analysis) } }

    /// The name templates use for a table's block: `money-split` → `moneySplitTable`.
    static func templateName(ofTable name: String) -> String { ReportBuilder.camelCase(name) + "Table" }

    /// The anchor id of a table: `table-money-split`.
    static func id(ofTable name: String) -> String { TableDeclaration.filePrefix + name }

    /// Every declared table by the name templates place it by, each labelled by `label` (given the table's id).
    func all(label: (String) -> String) throws(RenderError) -> [String: Table] {
        let problems = problems()
        guard problems.isEmpty else { throw .templateProblems(problems) }
        var tables: [String: Table] = [:]
        for declaration in declarations {
            let id = Self.id(ofTable: declaration.name)
            tables[Self.templateName(ofTable: declaration.name)] = try table(declaration, id: id, label: label(id))
        }
        return tables
    }

    /// The table `declaration` declares (its checks have passed).
    func table(_ declaration: TableDeclaration, id: String, label: String) throws(RenderError) -> Table {
        let words = try text.labels(declaration.file, "table")
        switch declaration.kind {
        case .models?: return try models(declaration, id: id, label: label, words: words)
        case .figures?: return try figures(declaration.ids(.figures), id: id, label: label, words: words)
        case .allFigures?: return try allFigures(id: id, label: label, words: words)
        case .inputs?: return try inputs(id: id, label: label, words: words)
        case .formulas?: return try formulas(id: id, label: label, words: words)
        case .sources?: return try sources(id: id, label: label, words: words)
        case .assumptions?, nil: return try assumptions(id: id, label: label, words: words)
        }
    }

    /// `[1][3]`: the sources of `figureIDs`.
    private func cite(_ figureIDs: [String]) -> [Inline] {
        Citations(registry: registry).cite(sources: figureIDs.compactMap { registry.figure($0)?.source })
    }

    /// A 90% interval in the unit's words, joined by the words' `interval`.
    private func interval(_ low: Double, _ high: Double, unit: String) throws(RenderError) -> String {
        try text.words.interval(UnitText.text(low, unit: unit), UnitText.text(high, unit: unit))
    }

    /// One row per declared model: name, kind (the words `scenario` and `sourced`), the statistic, the 90% interval
    /// and the sources.
    private func models(_ declaration: TableDeclaration, id: String, label: String, words: TemplateLabels) throws(RenderError)
        -> Table
    {
        let scenario = try words("scenario"), sourced = try words("sourced")
        let statistic = declaration.statistic
        var rows: [[[Inline]]] = []
        for model in declaration.ids(.models).compactMap(analysis.model) {
            let value = statistic == .mean ? model.mean : model.median
            rows.append([
                [.text(model.title)],
                [.text(model.kind == .scenario ? scenario : sourced)],
                [.text(UnitText.text(value, unit: model.unit))],
                [.text(try interval(model.p5, model.p95, unit: model.unit))],
                cite(model.figures),
            ])
        }
        return Table(
            id: id, label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .right, .right, .left]), rows: rows)
    }

    /// One row per declared figure: its source's publisher (the word `unnamedPublisher` when none is named), the
    /// value as reported, the year (`yearNotStated` when none) and what it measures; the caption cites the sources.
    private func figures(_ ids: [String], id: String, label: String, words: TemplateLabels) throws(RenderError) -> Table {
        let citations = Citations(registry: registry)
        let figures = ids.compactMap { registry.figure($0) }
        let unnamed = try words("unnamedPublisher"), notStated = try words("yearNotStated")
        return Table(
            id: id, label: label,
            caption: [.text(try words("caption") + " " + text.common()("sources") + " ")]
                + citations.cite(sources: figures.map(\.source)) + [.text(".")],
            columns: try words.columns([.left, .right, .right, .left]),
            rows: figures.map { figure in
                [
                    [.text(registry.source(figure.source)?.publisher ?? unnamed), .text(" ")] + citations.cite(figure.source),
                    [.text(figure.hedgedValueText)],
                    [.text(figure.year.map(String.init) ?? notStated)],
                    [.text(figure.measures)],
                ]
            })
    }

    /// Every figure in the registry with its quote: the appendix. A value that is the data's reading of words is
    /// followed by the words `reading` and its note begins with the reading; a quote not verified against an
    /// archived copy is followed by the words `unverified`.
    private func allFigures(id: String, label: String, words: TemplateLabels) throws(RenderError) -> Table {
        let citations = Citations(registry: registry)
        let notStated = try words("yearNotStated"), readingMark = try words("reading"), unverified = try words("unverified")
        let quotes = quotes ?? .none(registry)
        return Table(
            id: id, label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .right, .right, .left, .left, .left]),
            rows: registry.figures.map { figure in
                [
                    [.text(figure.measures)],
                    [.text(figure.hedgedValueText + (figure.isReading ? " " + readingMark : ""))],
                    [.text(figure.year.map(String.init) ?? notStated)],
                    citations.cite(figure.source),
                    [.text(Self.quoted(figure.quote) + (quotes.isVerified(figure.id) ? "" : " " + unverified))],
                    [.text([figure.reading, figure.note].compactMap { $0 }.joined(separator: " "))],
                ]
            },
            rowIDs: registry.figures.map { ReportContext.anchor(ofFigure: $0.id) })
    }

    /// Every source, cited: its publisher (the word `unnamedPublisher` when none is named), its year (`undated`
    /// when none), how many of its figures the models read (the words `usedNone` when none), and the data's
    /// assessment of it (`notAssessed` when it gives none).
    private func sources(id: String, label: String, words: TemplateLabels) throws(RenderError) -> Table {
        let citations = Citations(registry: registry)
        let read = Set(analysis.models.flatMap(\.figures))
        let unnamed = try words("unnamedPublisher"), undated = try words("undated"), none = try words("usedNone")
        let notAssessed = try words("notAssessed")
        return Table(
            id: id, label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .right, .right, .left]),
            rows: registry.sources.map { source in
                let used = registry.figures.filter { $0.source == source.id && read.contains($0.id) }.count
                return [
                    [.text(source.publisher ?? unnamed), .text(" ")] + citations.cite(source.id),
                    [.text(source.year.map(String.init) ?? undated)],
                    [.text(used == 0 ? none : String(used))],
                    [.text(source.assessment ?? notAssessed)],
                ]
            })
    }

    /// A quote in curly quotation marks; one that opens or closes with its own double marks has them turned to
    /// single ones, so no mark is doubled or left unmatched (“‘A trade representative … last year.’”).
    static func quoted(_ quote: String) -> String {
        var text = quote
        if text.hasPrefix("“") { text = "‘" + text.dropFirst() }
        if text.hasSuffix("”") { text = text.dropLast() + "’" }
        return "“" + text + "”"
    }

    /// Every simulated input of every model: its name, where it comes from (a figure's source; for a pool the word
    /// `pooled` and its figures' sources; for an input no source gives, the word `assumption`), how it is drawn
    /// (the words `drawn.NAME` for its distribution's name), and its 90% interval.
    private func inputs(id: String, label: String, words: TemplateLabels) throws(RenderError) -> Table {
        let pooled = try words("pooled"), assumed = try words("assumption")
        var seen: Set<String> = []
        var rows: [[[Inline]]] = []
        for model in analysis.models {
            // One row per input id: the copies of an input (`id@k`) are drawn alike.
            for input in model.inputs where seen.insert(input.id).inserted {
                let source: [Inline]
                if let figure = input.figureID {
                    source = cite([figure])
                } else if input.sourced {
                    source = [.text(pooled + " ")] + cite(analysis.model(input.id)?.figures ?? [])
                } else {
                    source = [.text(assumed)]
                }
                rows.append([
                    [.text(registry.declarations.pools.first { $0.id == input.id }?.name ?? input.name)], source,
                    [.text(try words("drawn." + input.distribution))],
                    [.text(try interval(input.p5, input.p95, unit: input.unit))],
                ])
            }
        }
        return Table(
            id: id, label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .left, .right]), rows: rows)
    }

    /// The assumptions no source supports: what a reader must accept to accept the scenarios. A stated assumption
    /// without a value shows the template's `stated` word.
    private func assumptions(id: String, label: String, words: TemplateLabels) throws(RenderError) -> Table {
        let stated = try words("stated")
        return Table(
            id: id, label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .left]),
            rows: analysis.assumptions.filter { !$0.sourced }.map {
                [[.text($0.name)], [.text($0.value ?? stated)], [.text($0.description)]]
            })
    }
}
