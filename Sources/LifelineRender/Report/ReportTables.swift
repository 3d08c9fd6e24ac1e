import LifelineData

/// The report's tables, built from the registry.
enum ReportTables {
    /// The figures that report what intermediaries charge, in the order the report discusses them.
    static let feeFigureIDs = ["fee-dailynk-2021", "fee-scmp-usual", "fee-feature-range", "fee-feature-upper", "state-fee-border"]

    /// Fee evidence: each source's reported cut, its year and what it measures.
    static func fees(_ registry: Registry, label: String) -> Table {
        let citations = Citations(registry: registry)
        let figures = feeFigureIDs.compactMap(registry.figure)
        let sources = figures.map(\.source)
        return Table(
            id: "table-fee-evidence", label: label,
            caption: [.text("What intermediaries take, as each source reports it. Sources: ")] + citations.cite(sources: sources) + [
                .text(".")
            ],
            columns: [.init("Source"), .init("Reported cut", .right), .init("Year", .right), .init("What it measures")],
            rows: figures.map { figure in
                let source = registry.source(figure.source)
                return [
                    [.text(source?.publisher ?? "Unnamed publisher"), .text(" ")] + citations.cite(figure.source),
                    [.text(figure.hedgedValueText)],
                    [.text(figure.year.map(String.init) ?? "n/s")],
                    [.text(figure.measures)],
                ]
            })
    }

    /// Every figure in the registry with its quote: the appendix.
    static func allFigures(_ registry: Registry, label: String) -> Table {
        let citations = Citations(registry: registry)
        return Table(
            id: "table-all-figures", label: label,
            caption: [
                .text(
                    "Every figure in the registry, with the sentence that supports it, quoted verbatim. n/s: the source does not state the year."
                )
            ],
            columns: [.init("Figure"), .init("Value", .right), .init("Year", .right), .init("Source"), .init("Quote")],
            rows: registry.figures.map { figure in
                [
                    [.text(figure.measures), .text(" ("), .text(figure.id), .text(")")],
                    [.text(figure.hedgedValueText)],
                    [.text(figure.year.map(String.init) ?? "n/s")],
                    citations.cite(figure.source),
                    [.text("“" + figure.quote + "”")] + (figure.note.map { [.text(" Note: " + $0)] } ?? []),
                ]
            })
    }
}
