import LifelineData

extension Registry {
    /// This registry as `reading` reads it: with `ranges`, every figure and parameter drawn uniformly from a range
    /// takes that shape with its mode at the range's middle (other distributions stay); with `weights`, each
    /// named pool's parts take the given weights (0 for a part left out). Dependence is the engine's concern (see
    /// ``ComonotonicProgram``).
    func read(as reading: ReadingDeclaration) -> Registry {
        var registry = self
        if let shape = reading.ranges {
            func reshaped(_ spec: DistributionSpec, _ value: FigureValue) -> DistributionSpec {
                guard spec == .uniform, value.low < value.high else { return spec }
                switch shape {
                case .triangular: return .triangular(mode: value.midpoint)
                case .pert: return .pert(mode: value.midpoint)
                }
            }
            for index in registry.figures.indices {
                registry.figures[index].distribution = reshaped(registry.figures[index].distribution, registry.figures[index].value)
            }
            for index in registry.declarations.parameters.indices {
                let parameter = registry.declarations.parameters[index]
                registry.declarations.parameters[index].distribution = reshaped(parameter.distribution, parameter.value)
            }
        }
        for weights in reading.weights {
            guard let index = registry.declarations.pools.firstIndex(where: { $0.id == weights.pool.id }) else { continue }
            let given = Dictionary(weights.parts.map { ($0.id, $0.weight) }) { first, _ in first }
            for part in registry.declarations.pools[index].components.indices {
                let id = registry.declarations.pools[index].components[part].id
                registry.declarations.pools[index].components[part].weight = given[id] ?? 0
            }
        }
        return registry
    }

    /// This registry with only the models `ids` and the models they use (in the data's order), and no
    /// comparisons or readings: what a run of those models alone needs.
    func keeping(models ids: some Sequence<String>) -> Registry {
        let all = declarations.models
        var needed = Set(ids), queue = Array(needed)
        while let next = queue.popLast() {
            guard let declaration = all.first(where: { $0.id == next }), let formula = try? FormulaParser.parse(declaration.formula)
            else { continue }
            for reference in formula.root.references where !needed.contains(reference.id) && all.contains(where: { $0.id == reference.id })
            {
                needed.insert(reference.id)
                queue.append(reference.id)
            }
        }
        var subset = self
        subset.declarations.models = all.filter { needed.contains($0.id) }
        subset.declarations.comparisons = []
        subset.declarations.readings = []
        subset.declarations.curves = []
        // An assumption about a model left out goes with it (one about a figure or pool stays).
        let removed = Set(all.map(\.id)).subtracting(needed)
        subset.declarations.assumptions = declarations.assumptions.filter { !$0.about.contains { removed.contains($0.id) } }
        return subset
    }
}
