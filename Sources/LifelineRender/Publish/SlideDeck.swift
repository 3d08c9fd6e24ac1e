import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData

/// The report as a 16:9 slide deck, `slides.pptx`: a title slide from the front matter, a slide for each key finding
/// and one for each chart (its slide-theme drawing as a high-resolution PNG, its source line and scenario tag as text),
/// with speaker notes that carry the verbatim quotes behind the slide's numbers. The words come from
/// `slides.txt.mustache` rendered with the report's context; the look from `reference.pptx` (both in the templates).
/// Written as Office Open XML directly, entries in a fixed order with fixed timestamps, so a rebuild is byte-identical.
struct SlideDeck {
    /// The deck's file name in the output folder.
    static let path = "slides.pptx"
    /// The template that words the deck.
    static let template = "slides.txt.mustache"
    /// The reference document whose masters, layouts and theme the deck uses.
    static let reference = "reference.pptx"

    /// The registry the report is built from.
    let registry: Registry
    /// The report's words.
    let text: ReportText
    /// The report's charts, each with what it rests on.
    let charts: ReportCharts
    /// The charts drawn, in the order the report places them.
    let entries: [ReportCharts.Entry]

    /// The deck: the slides the template words, packaged with the reference document's design.
    func file() throws(RenderError) -> ReportFile {
        guard let reference = text.renderer.templates.referenceDocuments[Self.reference] else {
            throw .templates(
                Diagnostic(
                    file: text.renderer.templates.path(Self.reference), message: "the slides' reference document is missing",
                    hint: "Copy Templates/reference.pptx from `lifeline init`, or restyle that one."))
        }
        var context = text.context
        context["slides"] = try values()
        let slides = SlideText.slides(in: try text.renderer.render(Self.template, context: context))
        var pictures: [String: SlidePicture] = [:]
        for slide in slides {
            guard case .chart(let name) = slide.kind, pictures[name] == nil else { continue }
            guard let entry = entries.first(where: { $0.chart.name == name }) else {
                throw .templates(
                    Diagnostic(
                        file: text.renderer.templates.path(Self.template), message: "no chart `\(name)` for a slide",
                        hint: "Name a chart of the templates: \(entries.map(\.chart.name).joined(separator: ", "))."))
            }
            pictures[name] = try SlidePicture(chart: entry.chart)
        }
        let package = try SlidePackage(reference: reference, path: text.renderer.templates.path(Self.reference))
        return ReportFile(path: Self.path, data: try package.deck(slides: slides, pictures: pictures, properties: properties))
    }

    /// The document's title and authors, from the front matter.
    var properties: SlidePackage.Properties {
        SlidePackage.Properties(title: registry.paper?.title ?? "", authors: registry.paper?.authors ?? [])
    }

    /// The values under `slides`: `charts` (in the report's order) and `about.ID` for every model and figure.
    func values() throws(RenderError) -> [String: Any] {
        var about: [String: Any] = [:]
        for model in charts.analysis.models { about[model.id] = try values(charts.reach(figures: [], models: [model])) }
        for figure in registry.figures { about[figure.id] = try values(charts.reach(figures: [figure.id], models: [])) }
        let declarations = charts.declarations
        var list: [[String: Any]] = []
        for entry in entries {
            guard let declaration = declarations.first(where: { $0.name == entry.chart.name }) else { continue }
            var values = try values(charts.reach(declaration))
            values["name"] = entry.chart.name
            values["title"] = entry.chart.title
            values["subtitle"] = entry.chart.subtitle ?? ""
            values["source"] = entry.chart.caption ?? ""
            values["tag"] = entry.chart.tag ?? ""
            values["hasTag"] = entry.chart.tag != nil
            list.append(values)
        }
        return ["charts": list, "about": about]
    }

    /// A source line, tag and evidence for what `reach` rests on, worded by `source-line.txt.mustache`.
    private func values(_ reach: ReportCharts.Reach) throws(RenderError) -> [String: Any] {
        let labels = try text.labels(ReportCharts.sourceLineTemplate, "chart", ["footer": charts.footerValues(reach)])
        let tag = labels.lines["tag"] ?? ""
        let citations = Citations(registry: registry)
        let evidence: [[String: Any]] = reach.figures.compactMap { registry.figure($0) }.map { figure in
            let source = registry.source(figure.source)
            return [
                "quote": figure.quote, "hasPublisher": source?.publisher != nil, "publisher": source?.publisher ?? "",
                "hasYear": source?.year != nil, "year": source?.year.map(String.init) ?? "", "title": source?.title ?? "",
                "number": citations.number(of: figure.source).map(String.init) ?? "?",
            ]
        }
        return ["source": labels.lines["source"] ?? "", "tag": tag, "hasTag": !tag.isEmpty, "evidence": evidence]
    }
}
