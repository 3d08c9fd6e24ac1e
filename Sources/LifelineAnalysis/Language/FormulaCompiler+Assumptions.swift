import LifelineData

extension FormulaCompiler {
    /// Checks every assumption's `about`: each id names a figure, parameter or pool, with "did you mean" when it
    /// names nothing.
    mutating func checkAssumptions() {
        let nouns = ["figure", "parameter", "pool"]
        for assumption in declarations.assumptions {
            for reference in assumption.about {
                guard let symbol = symbols[reference.id] else {
                    let candidates = knownIDs.filter { symbols[$0].map { nouns.contains($0.noun) } ?? false }
                    report(
                        at: reference.position, "assumption `\(assumption.id)` is about `\(reference.id)`, which is not declared",
                        hint: Suggestion.didYouMean(reference.id, in: candidates) + "Use the id of a \(Self.either(nouns)).")
                    continue
                }
                if case .model = symbol {
                    report(
                        at: reference.position, "assumption `\(assumption.id)` is about the model `\(reference.id)`",
                        hint: "Name the figures, parameters or pools it concerns; every model that reaches them carries it.")
                }
            }
        }
    }

    /// The ids of the assumptions about any of `reached` (figure, parameter and pool ids), in declaration order.
    func assumptions(reaching reached: [FormulaLeaf]) -> [String] {
        let ids = Set(reached.map(\.id))
        return declarations.assumptions.filter { $0.about.contains { ids.contains($0.id) } }.map(\.id)
    }

    /// Warns about assumptions no model reaches (`facts` are the checked models', `nil` where a model has errors);
    /// one that names an unknown id has its error instead.
    mutating func reportUnusedAssumptions(_ facts: [ModelFacts?]) {
        let reached = facts.compactMap { $0?.leaves }.flatMap { $0 }
        let used = Set(assumptions(reaching: reached))
        for assumption in declarations.assumptions
        where !assumption.isMethod && !used.contains(assumption.id) && assumption.about.allSatisfy({ symbols[$0.id] != nil }) {
            warnUnused(
                "assumption", assumption.id, assumption.position,
                hint: "List in `about` a figure, parameter or pool a model's formula uses, or remove it.")
        }
    }
}
