import LifelineData

/// The values the report's templates can use, built from the registry (and, from the analysis, its results).
///
/// Names in templates: `dateLine`, `contents` (`text`, `id`), `figure.ID.value|hedged|measures|year|cite`,
/// `source.ID.number|cite|title|publisher|year|date`, `references` (`number`, `anchor`, `text`), and the blocks
/// `feeTable`, `feeChart`, `figureTable` (each with `ref`, a link to it, and `block`, the table or figure).
struct ReportContext {
    /// Which form the blocks take: Markdown for readers and pandoc, or HTML for libcmark.
    enum Flavor { case markdown, html }

    let registry: Registry
    /// Tables and charts by the name templates use, e.g. `feeTable`.
    let blocks: [String: any ReportBlock]
    /// The date the author gave with `--date`, if any.
    let date: String?

    /// Builds the dictionary that Mustache renders.
    func dictionary(flavor: Flavor, contents: [CommonMark.Heading]) -> [String: Any] {
        let citations = Citations(registry: registry)
        var figures: [String: Any] = [:]
        for figure in registry.figures {
            figures[figure.id] = [
                "value": figure.valueText,
                "hedged": figure.hedgedValueText,
                "measures": figure.measures,
                "year": figure.year.map(String.init) ?? "year not stated",
                "cite": citations.cite(figure.source).markdown,
            ] as [String: Any]
        }
        var sources: [String: Any] = [:]
        var references: [[String: Any]] = []
        for source in registry.sources {
            let number = citations.number(of: source.id) ?? 0
            sources[source.id] = [
                "number": String(number), "cite": citations.cite(source.id).markdown, "title": source.title,
                "publisher": source.publisher ?? "an unnamed publisher", "year": source.year.map(String.init) ?? "undated",
                "date": source.date ?? "undated",
            ] as [String: Any]
            references.append([
                "number": String(number),
                "anchor": "<a id=\"\(Citations.anchor(of: source.id))\"></a>",
                "text": citations.reference(source).markdown,
            ])
        }
        var context: [String: Any] = [
            "dateLine": dateLine,
            "contents": contents.filter { $0.level == 2 && $0.id != "contents" }.map { ["text": $0.text, "id": $0.id] },
            "figure": figures,
            "source": sources,
            "references": references,
        ]
        for (name, block) in blocks {
            context[name] = [
                "ref": Inline.link([.text(block.label)], target: "#" + block.id).markdown,
                "block": flavor == .html ? block.html : block.markdown,
            ]
        }
        return context
    }

    /// "Based on 27 sourced figures from 6 sources published 2014–2021."
    var dateLine: String {
        let years = registry.sources.compactMap(\.year).sorted()
        let span = years.isEmpty ? "of unknown date" : (years.first == years.last ? "published \(years[0])" : "published \(years.first!)–\(years.last!)")
        let undated = registry.sources.filter { $0.year == nil }.count
        let undatedText = undated == 0 ? "" : " (\(undated) undated)"
        let prefix = date.map { "\($0). " } ?? ""
        return prefix + "Based on \(registry.figures.count) sourced figures from \(registry.sources.count) sources \(span)\(undatedText)."
    }
}
