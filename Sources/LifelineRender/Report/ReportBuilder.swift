import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData

/// Builds the whole report in memory: Markdown, HTML, the chart files and the analysis data. Nothing here
/// touches the disk, so a failed build can never leave a half-written output folder.
public struct ReportBuilder: Sendable {
    /// The registry the report is built from.
    public var registry: Registry
    /// The templates to fill.
    public var templates: TemplateSet
    /// The report's date as the author wants it shown; nil shows none (the clock is never read).
    public var date: String?
    /// Draws, seed and scenario parameters of the analysis.
    public var analysisOptions: AnalysisOptions
    /// Which quotes were verified against archived copies; nil: none (the report marks every quote unverified).
    public var quotes: QuoteVerification?
    /// The templates parsed while the registry loaded (see ``loading(registry:templates:date:analysisOptions:)``);
    /// used only while they are still the builder's `templates`.
    var parsedTemplates: TemplateRenderer?
    /// The analysis run while the templates parsed (see ``loading(registry:templates:date:analysisOptions:)``),
    /// with the registry and options it ran on; used only while they are still the builder's.
    var ranAnalysis: (registry: Registry, options: AnalysisOptions, result: Result<AnalysisResult, AnalysisError>)?

    /// Creates a builder.
    public init(
        registry: Registry, templates: TemplateSet = .embedded, date: String? = nil, analysisOptions: AnalysisOptions = AnalysisOptions()
    ) {
        self.registry = registry
        self.templates = templates
        self.date = date
        self.analysisOptions = analysisOptions
    }

    /// Every file of the report, sorted by path.
    public func build() throws(RenderError) -> [ReportFile] {
        let renderer: TemplateRenderer, analysis: AnalysisResult
        do {
            (renderer, analysis) = try analysed()
        } catch {
            try Self.lint(templates)
            throw error
        }
        // The typed-number lint and the data files depend on the templates and the analysis alone: a thread of their
        // own does them while this one builds the report. The lint's problems come first.
        let templates = self.templates
        let side = Background { (Result { () throws(RenderError) in try Self.lint(templates) }, Self.dataFiles(analysis: analysis)) }
        let reportFiles = Result { () throws(RenderError) in try reportAndChartFiles(renderer: renderer, analysis: analysis) }
        let (typedNumbers, dataFiles) = side.value
        try typedNumbers.get()
        return (try reportFiles.get() + dataFiles).sorted { $0.path < $1.path }
    }

    /// Throws the numbers typed into the templates' prose (``TypedNumberLint``), if any.
    private static func lint(_ templates: TemplateSet) throws(RenderError) {
        let typedNumbers = TypedNumberLint.problems(in: templates)
        guard typedNumbers.isEmpty else { throw .templateProblems(typedNumbers) }
    }

    /// The report's text and its charts' files.
    private func reportAndChartFiles(renderer: TemplateRenderer, analysis: AnalysisResult) throws(RenderError) -> [ReportFile] {
        let context = try ReportContext(registry: registry, analysis: analysis, date: date, renderer: renderer, quotes: quotes)
        let words = ReportText(renderer: renderer, context: context)
        let reportCharts = ReportCharts(registry: registry, analysis: analysis, text: words)
        let problems = reportCharts.problems() + ReportTables(registry: registry, analysis: analysis, text: words).problems()
        guard problems.isEmpty else { throw .templateProblems(problems) }
        let charts = try reportCharts.all()

        // The chart files do not depend on the text: a thread of their own draws them while this one fills the
        // templates and runs cmark.
        let chartFiles = Background { Self.chartFiles(charts: charts) }
        let text = Result { () throws(RenderError) in try reportFiles(renderer: renderer, context: context, text: words, charts: charts) }
        return try text.get() + chartFiles.value
    }

    /// The analysis as JSON and CSV.
    private static func dataFiles(analysis: AnalysisResult) -> [ReportFile] {
        [
            ReportFile(
                path: "data/analysis.json",
                data: (try? analysis.jsonData(generator: LifelineVersion.generator)).map { $0 + Data("\n".utf8) } ?? Data()),
            ReportFile(path: "data/models.csv", text: analysis.csv),
        ]
    }

    /// Each chart as a standalone SVG in the report and slide themes.
    private static func chartFiles(charts: [ReportCharts.Entry]) -> [ReportFile] {
        charts.flatMap { entry in
            [
                ReportFile(path: "charts/\(entry.chart.name).svg", text: entry.chart.svg(theme: .report)),
                ReportFile(path: "charts/\(entry.chart.name)-slide.svg", text: entry.chart.svg(theme: .slide)),
            ]
        }
    }

    /// report.md and report.html.
    private func reportFiles(renderer: TemplateRenderer, context: ReportContext, text: ReportText, charts: [ReportCharts.Entry])
        throws(RenderError) -> [ReportFile]
    {
        let analysis = context.analysis
        let common = try text.common()
        let tableWord = try common("table"), figureWord = try common("figure"), sourcesWord = try common("sources")
        let report = "report.md.mustache"

        // Draft: blocks reduced to their anchors and placeholder labels, to learn the order in which the templates
        // place tables and figures, and the headings for the contents. The draft's names are the final ones, so
        // the strict check runs once, here. Each chart's inline SVG is drawn once, beside the tables: every pass
        // below places the same drawing.
        // (This thread takes the longer of each pair: a worker can be slow to start.)
        let (tables, inlineSVGs) = alongside(
            {
                Result { () throws(RenderError) in
                    try ReportTables(registry: registry, analysis: analysis, text: text, quotes: quotes)
                        .all { $0.hasPrefix("table") ? tableWord : figureWord }
                }
            },
            { charts.map { $0.chart.svg(theme: .report, options: RenderOptions(flavor: .inline, showsCaption: false)) } })
        let figures = chartBlocks(charts: charts, inlineSVGs: inlineSVGs, label: figureWord, sources: sourcesWord)
        let unnumbered = (try tables.get() as [String: any ReportBlock]).merging(figures) { _, figure in figure }
        let anchors = unnumbered.mapValues { ReportContext.Placed(ref: $0.reference, block: $0.anchor) }
        let placeholder = CommonMark.Heading(level: 2, text: "", id: "")
        let draftContext = context.dictionary(blocks: anchors, contents: [placeholder], flavor: .markdown)
        // The check and the draft side by side; the check's problems come first.
        let (checked, drafted) = alongside(
            { Result { () throws(RenderError) in try renderer.check(report, context: draftContext) } },
            { Result { () throws(RenderError) in try renderer.render(report, checkedContext: draftContext) } })
        try checked.get()
        let draft = try drafted.get()
        // The draft's headings are read while its anchors are numbered.
        let (headings, numbered) = alongside(
            { CommonMark.headings(in: draft) },
            {
                let labels = Self.numbering(of: unnumbered.values.map(\.id), in: draft, table: tableWord, figure: figureWord)
                return unnumbered.mapValues { block in
                    var block = block
                    if let label = labels[block.id] { block.label = label }
                    return block
                }
            })

        func markdown(_ headings: [CommonMark.Heading], _ blocks: [String: ReportContext.Placed]) throws(RenderError) -> String {
            try renderer.render(report, checkedContext: context.dictionary(blocks: blocks, contents: headings, flavor: .markdown))
        }
        func page(_ headings: [CommonMark.Heading], _ blocks: [String: ReportContext.Placed]) throws(RenderError) -> String {
            let htmlMarkdown = try renderer.render(
                report, checkedContext: context.dictionary(blocks: blocks, contents: headings, flavor: .html))
            let body = CommonMark.render(htmlMarkdown)
            let title = body.headings.first { $0.level == 1 }?.text ?? "Report"
            return try renderer.render(
                "page.html.mustache",
                context: [
                    "title": title,
                    "body": ReportContext.numberingTooltips(body.html),
                    "stylesheet": try templates.text("report.css"),
                    "chartDarkCSS": ChartCSS.rules(for: .dark, scope: "figure svg"),
                    "version": LifelineVersion.number,
                    "paper": ReportContext.paperValues(registry.paper, date: context.date),
                ])
        }

        // The Markdown and the page are filled side by side with the draft's headings; a heading that quotes a
        // block's label ("as Table 2 shows") reads differently once numbered, and then both are filled again.
        // Each flavour's blocks are placed on the thread that fills it, and the numbered Markdown's own headings are
        // read while the page is still being filled.
        let (markdownResult, pageResult) = alongside(
            {
                Result { () throws(RenderError) in
                    let blocks = ReportContext.place(numbered, flavor: .markdown)
                    let text = try markdown(headings, blocks)
                    return (blocks, text, CommonMark.headings(in: text))
                }
            },
            {
                Result { () throws(RenderError) in
                    let blocks = ReportContext.place(numbered, flavor: .html)
                    return (blocks, try page(headings, blocks))
                }
            })
        let (markdownBlocks, numberedText, numberedHeadings) = try markdownResult.get()
        let (htmlBlocks, numberedPage) = try pageResult.get()
        var text = numberedText, html = numberedPage
        if numberedHeadings != headings {
            text = try markdown(numberedHeadings, markdownBlocks)
            html = try page(numberedHeadings, htmlBlocks)
        }
        return [ReportFile(path: "report.md", text: text), ReportFile(path: "report.html", text: html)]
    }

    /// The charts by the names templates use, labelled `label` ("Figure") until numbered and captioned with their
    /// `sources` ("Sources:"); `inlineSVGs` holds each chart's inline drawing, in the order of `charts`.
    private func chartBlocks(charts: [ReportCharts.Entry], inlineSVGs: [String], label: String, sources: String)
        -> [String: any ReportBlock]
    {
        let citations = Citations(registry: registry)
        var blocks: [String: any ReportBlock] = [:]
        for (entry, svg) in zip(charts, inlineSVGs) {
            blocks[Self.templateName(ofChart: entry.chart.name)] = ChartFigure(
                id: "figure-\(entry.chart.name)", label: label,
                caption: [.text(entry.caption + " " + sources + " ")] + citations.cite(sources: entry.sources) + [.text(".")],
                file: "charts/\(entry.chart.name).svg", alt: entry.chart.title,
                svg: svg)
        }
        return blocks
    }

    /// "Table 1", "Figure 1", … in the order the blocks' anchors (``ReportBlock/anchor``) first appear in
    /// `markdown`; blocks the templates do not place get no number.
    static func numbering(of ids: [String], in markdown: String, table: String, figure: String) -> [String: String] {
        let wanted = Set(ids)
        var tables = 0, figures = 0
        var labels: [String: String] = [:]
        // One pass over the bytes for `<a id="…"></a>`, instead of one search per id.
        let bytes = Array(markdown.utf8)
        let open = Array("<a id=\"".utf8), close = Array("\"></a>".utf8)
        var index = 0
        while let found = bytes.firstIndex(of: open, from: index) {
            let start = found + open.count
            guard let quote = bytes[start...].firstIndex(of: UInt8(ascii: "\"")), bytes[quote...].starts(with: close) else {
                index = start; continue
            }
            let id = String(decoding: bytes[start..<quote], as: UTF8.self)
            if wanted.contains(id), labels[id] == nil {
                if id.hasPrefix("table-") {
                    tables += 1; labels[id] = "\(table) \(tables)"
                } else {
                    figures += 1; labels[id] = "\(figure) \(figures)"
                }
            }
            index = quote + close.count
        }
        return labels
    }

    /// The name templates use for a chart's block: `broker-fees` → `brokerFeesChart`.
    static func templateName(ofChart name: String) -> String { camelCase(name) + "Chart" }

    /// `broker-fees` → `brokerFees`.
    static func camelCase(_ name: String) -> String {
        let words = name.split(separator: "-")
        return words.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
            .joined()
    }
}
