import LifelineAnalysis
import LifelineData

/// The checks of a chart's declaration against the data and the analysis: a kind it can draw, the lines that
/// kind needs, and ids that exist, each problem located in the template with a "did you mean".
extension ChartDeclaration {
    /// Every problem of the declaration, empty when the chart can be drawn.
    func problems(registry: Registry, analysis: AnalysisResult) -> [Diagnostic] {
        let kinds = ChartKind.allCases.map(\.rawValue)
        guard let word = reference(.kind) else {
            return [
                Diagnostic(
                    file: path, line: 1, column: 1, message: "the chart `\(name)` declares no kind",
                    hint: "Add a line `kind: KIND` (one of \(kinds.joined(separator: ", "))) to say what it draws.")
            ]
        }
        guard let kind else {
            return [
                located(
                    word, "the chart kind `\(word.id)` is unknown",
                    Suggestion.didYouMean(word.id, in: kinds) + "The kinds are \(kinds.joined(separator: ", ")).")
            ]
        }
        var problems = lineProblems(kind: kind, at: word)
        let models = analysis.models.map(\.id)
        for key in [Key.model, .pooled, .models] where kind.allowed.contains(key) {
            for reference in lines[key] ?? [] where !models.contains(reference.id) {
                let declared = registry.declarations.models.contains { $0.id == reference.id }
                problems.append(
                    declared
                        ? located(
                            reference, "the analysis computes no result for the model `\(reference.id)`",
                            "Chart one of the models the analysis computes (`lifeline simulate` lists them).")
                        : located(
                            reference, "no model `\(reference.id)` is declared",
                            Suggestion.didYouMean(reference.id, in: models) + "Use the id of a model in the data's `models:`."))
            }
        }
        let tornadoes = analysis.sensitivity.map(\.modelID)
        if kind == .tornado, let model = reference(.model), models.contains(model.id), !tornadoes.contains(model.id) {
            problems.append(
                located(
                    model, "the analysis computes no tornado for the model `\(model.id)`",
                    Suggestion.didYouMean(model.id, in: tornadoes) + "Draw it with `kind: distribution`, or name a model whose inputs vary."
                ))
        }
        let curves = analysis.curves.map(\.id)
        if kind.allowed.contains(.curve), let curve = reference(.curve), !curves.contains(curve.id) {
            problems.append(
                located(
                    curve, "no curve `\(curve.id)` is declared",
                    Suggestion.didYouMean(curve.id, in: curves) + "Use the id of a curve in the data's `curves:`."))
        }
        let figures = registry.figures.map(\.id)
        for reference in lines[.figures] ?? [] where kind.allowed.contains(.figures) && registry.figure(reference.id) == nil {
            problems.append(
                located(
                    reference, "no figure `\(reference.id)` is in the data",
                    Suggestion.didYouMean(reference.id, in: figures) + "Use the id of a figure in the data's `figures:`."))
        }
        return problems
    }

    /// The lines `kind` needs and does not have, and the lines it does not read, located at the `kind:` line
    /// (`word`) or at the line that is too many.
    private func lineProblems(kind: ChartKind, at word: Reference) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for key in Key.allCases where key != .kind {
            let written = !(lines[key] ?? []).isEmpty
            if kind.required.contains(key), !written {
                problems.append(
                    located(
                        word, "a \(kind.rawValue) chart needs a line `\(key.rawValue):`",
                        "Add a line `\(key.rawValue): ID` naming what it draws."
                    ))
            }
            if written, !kind.allowed.contains(key), let first = reference(key) {
                problems.append(
                    located(first, "a \(kind.rawValue) chart takes no line `\(key.rawValue):`", "Remove the line, or change the kind."))
            }
        }
        return problems
    }

    /// A problem at `reference`, in the `FILE:LINE:COLUMN` form.
    private func located(_ reference: Reference, _ message: String, _ hint: String) -> Diagnostic {
        Diagnostic(file: path, line: reference.line, column: reference.column, message: message, hint: hint)
    }
}
