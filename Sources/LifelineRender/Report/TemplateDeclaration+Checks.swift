import LifelineAnalysis
import LifelineData

/// The checks every chart and table declaration shares: a kind it knows, the lines that kind needs, and model and
/// figure ids that exist, each problem located in the template with a "did you mean".
extension TemplateDeclaration {
    /// The declared kind and the problems of the `kind:` line and of the lines that kind needs or does not read;
    /// the kind is nil when it is missing or unknown.
    func kindProblems() -> (kind: Kind?, problems: [Diagnostic]) {
        let kinds = Kind.allCases.map(\.rawValue)
        let noun = Self.noun
        guard let word = reference(Self.kindKey) else {
            return (
                nil,
                [
                    Diagnostic(
                        file: path, line: 1, column: 1, message: "the \(noun) `\(name)` declares no kind",
                        hint: "Add a line `kind: KIND` (one of \(kinds.joined(separator: ", "))) to say what it \(Self.verb).")
                ]
            )
        }
        guard let kind else {
            return (
                nil,
                [
                    located(
                        word, "the \(noun) kind `\(word.id)` is unknown",
                        Suggestion.didYouMean(word.id, in: kinds) + "The kinds are \(kinds.joined(separator: ", ")).")
                ]
            )
        }
        var problems: [Diagnostic] = []
        for key in Key.allCases where key != Self.kindKey {
            let written = !(lines[key] ?? []).isEmpty
            if kind.required.contains(key), !written {
                problems.append(
                    located(
                        word, "a \(kind.rawValue) \(noun) needs a line `\(key.rawValue):`",
                        "Add a line `\(key.rawValue): ID` naming what it \(Self.verb)."))
            }
            if written, !kind.allowed.contains(key), let first = reference(key) {
                problems.append(
                    located(first, "a \(kind.rawValue) \(noun) takes no line `\(key.rawValue):`", "Remove the line, or change the kind."))
            }
        }
        let alternatives = kind.needsOneOf
        if !alternatives.isEmpty, !alternatives.contains(where: { !(lines[$0] ?? []).isEmpty }) {
            let names = alternatives.map { "`\($0.rawValue):`" }.joined(separator: " or ")
            problems.append(
                located(
                    word, "a \(kind.rawValue) \(noun) needs a line \(names)",
                    "Add a line \(alternatives.map { "`\($0.rawValue): ID, …`" }.joined(separator: " or ")) naming what it \(Self.verb)."))
        }
        return (kind, problems)
    }

    /// The ids of the line `key` that name no model the analysis computes: one declared but not computed, or one
    /// not declared at all (with a "did you mean").
    func modelProblems(_ key: Key, registry: Registry, analysis: AnalysisResult) -> [Diagnostic] {
        let models = analysis.models.map(\.id)
        return (lines[key] ?? []).filter { !models.contains($0.id) }.map { reference in
            registry.declarations.models.contains { $0.id == reference.id }
                ? located(
                    reference, "the analysis computes no result for the model `\(reference.id)`",
                    "Name one of the models the analysis computes (`lifeline simulate` lists them).")
                : located(
                    reference, "no model `\(reference.id)` is declared",
                    Suggestion.didYouMean(reference.id, in: models) + "Use the id of a model in the data's `models:`.")
        }
    }

    /// The ids of the line `key` that name no figure of the data, with a "did you mean".
    func figureProblems(_ key: Key, registry: Registry) -> [Diagnostic] {
        let figures = registry.figures.map(\.id)
        return (lines[key] ?? []).filter { registry.figure($0.id) == nil }.map { reference in
            located(
                reference, "no figure `\(reference.id)` is in the data",
                Suggestion.didYouMean(reference.id, in: figures) + "Use the id of a figure in the data's `figures:`.")
        }
    }

    /// The words of the line `key` that are not among `words` (what `kind` of word the line takes, for the message),
    /// with a "did you mean".
    func wordProblems(_ key: Key, among words: [String], what: String) -> [Diagnostic] {
        (lines[key] ?? []).filter { !words.contains($0.id) }.map { reference in
            located(
                reference, "the \(what) `\(reference.id)` is not one this \(Self.noun) can take",
                Suggestion.didYouMean(reference.id, in: words) + "Use one of \(words.joined(separator: ", ")).")
        }
    }

    /// A problem at `reference`, in the `FILE:LINE:COLUMN` form.
    func located(_ reference: DeclarationReference, _ message: String, _ hint: String) -> Diagnostic {
        Diagnostic(file: path, line: reference.line, column: reference.column, message: message, hint: hint)
    }
}
