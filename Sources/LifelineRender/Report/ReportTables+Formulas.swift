import LifelineAnalysis
import LifelineData

extension ReportTables {
    /// One row per model, each with the anchor `model-ID` that a model's results in the prose link to: its name,
    /// its kind (the words `scenario` and `sourced`), its formula with every input and model named in words (a model
    /// it reads links to that model's row; a pool's figures link to their rows in the appendix), and its sources.
    func formulas(id: String, label: String, words: TemplateLabels) throws(RenderError) -> Table {
        let scenario = try words("scenario"), sourced = try words("sourced"), pooled = try words("pool")
        let citations = Citations(registry: registry)
        return Table(
            id: id, label: label, caption: [.text(try words("caption"))],
            columns: try words.columns([.left, .left, .left, .left]),
            rows: analysis.models.map { model in
                [
                    [.text(model.title)],
                    [.text(model.kind == .scenario ? scenario : sourced)],
                    registry.declarations.pools.first { $0.id == model.id }.map { poolInWords($0, pooled: pooled) }
                        ?? formulaInWords(model),
                    citations.cite(sources: model.figures.compactMap { registry.figure($0)?.source }),
                ]
            },
            rowIDs: analysis.models.map { ReportContext.anchor(ofModel: $0.id) })
    }

    /// A pool in words: `pooled` (the words' line `pool`), then each figure it draws from, linked to its row in the
    /// appendix, with its weight in brackets.
    func poolInWords(_ pool: PoolDeclaration, pooled: String) -> [Inline] {
        var pieces: [Inline] = [.text(pooled + " ")]
        for (index, component) in pool.components.enumerated() {
            let figure = registry.figure(component.id)
            if index > 0 { pieces.append(.text("; ")) }
            pieces.append(
                .link([.text(figure?.name ?? figure?.measures ?? component.id)], target: "#" + ReportContext.anchor(ofFigure: component.id))
            )
            pieces.append(.text(" (" + BriefingFormat.trimmed(component.weight, decimals: 6) + ")"))
        }
        return pieces
    }

    /// `model`'s formula as the data writes it, with each id of an input replaced by the input's name (a pool's by
    /// the pool's name), each id of a model by a link to its row (named as an input, or by its title), `*` written `×` and a lone `-` written `−`.
    func formulaInWords(_ model: ModelResult) -> [Inline] {
        var names: [String: String] = [:]
        for input in model.inputs {
            names[input.id] = registry.declarations.pools.first { $0.id == input.id }?.name ?? input.name
        }
        var pieces: [Inline] = []
        var pending = ""
        func flush() {
            if !pending.isEmpty { pieces.append(.text(pending)) }
            pending = ""
        }
        let text = model.formula
        var rest = text[...]
        while let match = rest.firstMatch(of: Self.idPattern) {
            pending += Self.operatorsInWords(String(rest[..<match.range.lowerBound]))
            let token = String(match.output)
            let id = token.split(separator: "@").first.map(String.init) ?? token
            if let other = analysis.model(id), other.id != model.id {
                flush()
                pieces.append(.link([.text(names[id] ?? other.title)], target: "#" + ReportContext.anchor(ofModel: id)))
            } else {
                pending += names[id] ?? token
            }
            rest = rest[match.range.upperBound...]
        }
        pending += Self.operatorsInWords(String(rest))
        flush()
        return pieces
    }

    /// An id in a formula: a lowercase letter, then lowercase letters, digits and single hyphens, and a copy number
    /// `@k`. A unit (`USD`) is upper case; a function or unit word that is no input's id stays as written.
    private nonisolated(unsafe) static let idPattern = /[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:@[0-9]+)?/

    /// `text` between ids with `*` as `×` and a lone `-` as `−`.
    private static func operatorsInWords(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "×").replacingOccurrences(of: " - ", with: " − ")
    }
}
