import LifelineData

extension FormulaCompiler {
    /// Checks each model in `order` (units, divisors, the declared unit) and gathers its leaves and interval.
    mutating func checkModels(order: [Int]) -> [ModelFacts?] {
        var facts = [ModelFacts?](repeating: nil, count: declarations.models.count)
        for model in order {
            guard let formula = formulas[model] else { continue }
            let declaration = declarations.models[model]
            let declared = Dimension(unit: declaration.unit)
            if let found = dimension(formula.root, model: model, formula: formula), found != declared {
                let spelt = declared.description == declaration.unit ? "" : " (\(declared))"
                report(
                    model: model, at: 0,
                    "the formula gives \(found), but model `\(declaration.id)` is declared in `\(declaration.unit)`\(spelt)",
                    hint: "Change the model's unit to one that is \(found), or correct the formula.")
            }
            let range = interval(formula.root, model: model, formula: formula, models: facts)
            facts[model] = ModelFacts(
                leaves: leaves(formula, facts: facts), models: [declaration.id] + usedModels(formula, facts: facts), interval: range)
        }
        return facts
    }

    /// The leaves a formula reaches, through the models it names, in the order of first use.
    func leaves(_ formula: Formula, facts: [ModelFacts?]) -> [FormulaLeaf] {
        var result: [FormulaLeaf] = [], seen = Set<FormulaLeaf>()
        for (id, copy, _) in formula.root.references {
            let found: [FormulaLeaf]
            switch symbols[id] {
            case .model(let used): found = facts[used]?.leaves ?? []
            case nil: found = []
            default: found = [FormulaLeaf(id: id, copy: copy)]
            }
            for leaf in found where seen.insert(leaf).inserted { result.append(leaf) }
        }
        return result
    }

    /// The models a formula reaches, through the models it names, in the order of first use.
    func usedModels(_ formula: Formula, facts: [ModelFacts?]) -> [String] {
        var result: [String] = [], seen = Set<String>()
        for (id, _, _) in formula.root.references {
            guard case .model(let used) = symbols[id] else { continue }
            for model in facts[used]?.models ?? [] where seen.insert(model).inserted { result.append(model) }
        }
        return result
    }

    /// Warns about parameters and pools no formula, pool or comparison uses, and, when the caller says which ids are used
    /// elsewhere, models nothing uses.
    mutating func reportUnused(_ graph: ModelGraph, usedElsewhere: Set<String>?) {
        let compared = declarations.comparisons.flatMap { [$0.first.id, $0.second.id] }
        let drawn = declarations.curves.flatMap { $0.models.map(\.id) }
        let usedAside = Set(declarations.pools.flatMap { $0.components.map(\.id) } + compared + drawn)
        for parameter in declarations.parameters where !graph.referenced.contains(parameter.id) && !usedAside.contains(parameter.id) {
            warnUnused("parameter", parameter.id, parameter.position, hint: "Use it in a model's formula or a pool, or remove it.")
        }
        for pool in declarations.pools where !graph.referenced.contains(pool.id) && !usedAside.contains(pool.id) {
            warnUnused("pool", pool.id, pool.position, hint: "Use it in a model's formula, or remove it.")
        }
        guard let usedElsewhere else { return }
        for model in declarations.models
        where !graph.referenced.contains(model.id) && !usedElsewhere.contains(model.id) && !usedAside.contains(model.id) {
            warnUnused("model", model.id, model.position, hint: "Use it in a template, a comparison or another model, or remove it.")
        }
    }

    /// Warns that the `noun` (`parameter`, `pool`, …) `id` declared at `position` is not used.
    mutating func warnUnused(_ noun: String, _ id: String, _ position: TextPosition, hint: String) {
        warnings.append(
            Diagnostic(
                file: position.file, line: position.line, column: position.column, message: "\(noun) `\(id)` is not used",
                hint: hint))
    }
}
