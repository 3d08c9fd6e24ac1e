import LifelineData

extension FormulaCompiler {
    /// Checks every assumption's `about`: each id names a figure, parameter, pool or model, with "did you mean" when
    /// it names nothing.
    mutating func checkAssumptions() {
        let nouns = ["figure", "parameter", "pool", "model"]
        for assumption in declarations.assumptions {
            for reference in assumption.about where symbols[reference.id] == nil {
                let candidates = knownIDs.filter { symbols[$0].map { nouns.contains($0.noun) } ?? false }
                report(
                    at: reference.position, "assumption `\(assumption.id)` is about `\(reference.id)`, which is not declared",
                    hint: Suggestion.didYouMean(reference.id, in: candidates) + "Use the id of a \(Self.either(nouns)).")
            }
        }
    }

    /// The ids of the assumptions about any of `reached` (figure, parameter and pool ids) or any of the models a
    /// model rests on (`models`: itself and the models it reaches), in declaration order.
    func assumptions(reaching reached: [FormulaLeaf], models: [String] = []) -> [String] {
        let ids = Set(reached.map(\.id) + models)
        return declarations.assumptions.filter { $0.about.contains { ids.contains($0.id) } }.map(\.id)
    }

    /// Warns about assumptions no model reaches (`facts` are the checked models', `nil` where a model has errors);
    /// one that names an unknown id has its error instead.
    mutating func reportUnusedAssumptions(_ facts: [ModelFacts?]) {
        let reached = facts.compactMap { $0?.leaves }.flatMap { $0 }
        let used = Set(assumptions(reaching: reached, models: facts.compactMap { $0?.models }.flatMap { $0 }))
        for assumption in declarations.assumptions
        where !assumption.isMethod && !used.contains(assumption.id) && assumption.about.allSatisfy({ symbols[$0.id] != nil }) {
            warnUnused(
                "assumption", assumption.id, assumption.position,
                hint: "List in `about` a figure, parameter, pool or model a model's formula uses, or remove it.")
        }
    }
}
