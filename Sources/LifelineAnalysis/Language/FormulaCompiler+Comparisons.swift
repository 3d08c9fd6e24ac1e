import LifelineData

extension FormulaCompiler {
    /// Checks every comparison: each id names something it may compare (a model and a figure for a claim; a
    /// figure, parameter, pool or model for two estimates), with "did you mean" when it names nothing, and both
    /// sides have the same dimension.
    mutating func checkComparisons() {
        for comparison in declarations.comparisons {
            let estimate = ["figure", "parameter", "pool", "model"]
            let allowed: [(DeclaredReference, [String])] =
                switch comparison.form {
                case .estimates: [(comparison.first, estimate), (comparison.second, estimate)]
                case .claim: [(comparison.first, ["model"]), (comparison.second, ["figure"])]
                }
            var known = true
            for (side, nouns) in allowed {
                guard let symbol = symbols[side.id] else {
                    let candidates = knownIDs.filter { symbols[$0].map { nouns.contains($0.noun) } ?? false }
                    report(
                        at: side.position, "comparison `\(comparison.id)` names `\(side.id)`, which is not declared",
                        hint: Suggestion.didYouMean(side.id, in: candidates) + "Use the id of a \(Self.either(nouns)).")
                    known = false
                    continue
                }
                guard nouns.contains(symbol.noun) else {
                    report(
                        at: side.position,
                        "comparison `\(comparison.id)` names the \(symbol.noun) `\(side.id)` where a \(Self.either(nouns)) is wanted",
                        hint: "A claim sets a model against the figure that states the claimed range (`model:` and `claim:`).")
                    known = false
                    continue
                }
            }
            guard known, let first = unit(of: comparison.first.id), let second = unit(of: comparison.second.id) else { continue }
            let (a, b) = (Dimension(unit: first), Dimension(unit: second))
            if a != b {
                report(
                    at: comparison.second.position,
                    "comparison `\(comparison.id)` sets `\(comparison.first.id)` (\(a)) against `\(comparison.second.id)` (\(b))",
                    hint: "Compare quantities of one unit, e.g. two shares or two amounts in USD/year.")
            }
        }
    }

    /// `figure`, `figure or model`, `figure, parameter, pool or model`.
    static func either(_ nouns: [String]) -> String {
        nouns.count < 2 ? nouns.joined() : nouns.dropLast().joined(separator: ", ") + " or " + nouns.last!
    }
}
