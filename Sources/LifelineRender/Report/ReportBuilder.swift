import LifelineCharts
import LifelineData

/// Builds the whole report in memory: Markdown, HTML and the chart files. Nothing here touches the disk,
/// so a failed build can never leave a half-written output folder.
public struct ReportBuilder: Sendable {
    /// The registry the report is built from.
    public var registry: Registry
    /// The templates to fill.
    public var templates: TemplateSet
    /// The report's date as the author wants it shown; nil shows none (the clock is never read).
    public var date: String?

    /// Creates a builder.
    public init(registry: Registry, templates: TemplateSet = .embedded, date: String? = nil) {
        self.registry = registry
        self.templates = templates
        self.date = date
    }

    /// Every file of the report, sorted by path.
    public func build() throws(RenderError) -> [ReportFile] {
        let renderer = try TemplateRenderer(templates: templates)
        let charts = try ReportCharts(registry: registry).all()
        var blocks: [String: any ReportBlock] = [
            "feeTable": ReportTables.fees(registry, label: "Table 1"),
            "figureTable": ReportTables.allFigures(registry, label: "Table 2"),
        ]
        let citations = Citations(registry: registry)
        for (index, entry) in charts.enumerated() {
            let figure = ChartFigure(
                id: "figure-\(entry.chart.name)", label: "Figure \(index + 1)",
                caption: [.text(entry.caption + " Sources: ")] + citations.cite(sources: entry.sources) + [.text(".")],
                file: "charts/\(entry.chart.name).svg", alt: entry.chart.title,
                svg: entry.chart.svg(theme: .report, options: .inline))
            blocks[Self.templateName(ofChart: entry.chart.name)] = figure
        }
        let context = ReportContext(registry: registry, blocks: blocks, date: date)

        // Two passes: the first finds the headings, the second fills the table of contents with them.
        // The draft's contents hold one empty entry so that the template's names inside it are known.
        let placeholder = CommonMark.Heading(level: 2, text: "", id: "")
        let draft = try renderer.render("report.md.mustache", context: context.dictionary(flavor: .markdown, contents: [placeholder]))
        let headings = CommonMark.headings(in: draft)
        let markdown = try renderer.render("report.md.mustache", context: context.dictionary(flavor: .markdown, contents: headings))
        let htmlMarkdown = try renderer.render("report.md.mustache", context: context.dictionary(flavor: .html, contents: headings))

        let body = CommonMark.render(htmlMarkdown)
        let title = body.headings.first { $0.level == 1 }?.text ?? "Report"
        let page = try renderer.render("page.html.mustache", context: [
            "title": title,
            "body": body.html,
            "stylesheet": try templates.text("report.css"),
            "chartDarkCSS": ChartCSS.rules(for: .dark, scope: "figure svg"),
        ])

        var files = [
            ReportFile(path: "report.md", text: markdown),
            ReportFile(path: "report.html", text: page),
        ]
        for entry in charts {
            files.append(ReportFile(path: "charts/\(entry.chart.name).svg", text: entry.chart.svg(theme: .report)))
            files.append(ReportFile(path: "charts/\(entry.chart.name)-slide.svg", text: entry.chart.svg(theme: .slide)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The name templates use for a chart's block: `broker-fees` → `brokerFeesChart`.
    static func templateName(ofChart name: String) -> String {
        let words = name.split(separator: "-")
        return words.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined() + "Chart"
    }
}
