import LifelineData

extension FormulaCompiler {
    /// The figure or parameter a pool part names, or `nil` when it names nothing else.
    func poolPart(_ id: String) -> FormulaSymbol? {
        switch symbols[id] {
        case .figure(let figure): .figure(figure)
        case .parameter(let index): .parameter(index)
        default: nil
        }
    }

    /// The unit string of a figure, parameter or pool (a pool's declared unit, else its first part's).
    func unit(of id: String) -> String? {
        switch symbols[id] {
        case .figure(let figure): return figure.unit.rawValue
        case .parameter(let index): return declarations.parameters[index].unit
        case .pool(let index):
            let pool = declarations.pools[index]
            return pool.unit ?? pool.components.lazy.compactMap { self.poolPart($0.id) == nil ? nil : self.unit(of: $0.id) }.first
        case .model(let index): return declarations.models[index].unit
        case nil: return nil
        }
    }

    /// The distribution of a figure, parameter or pool (a mixture of its parts with a positive weight).
    func distribution(of id: String) -> InputDistribution? {
        if let made = madeDistributions.entries[id] { return made }
        let made = makeDistribution(of: id)
        madeDistributions.entries[id] = made
        return made
    }

    /// The distribution of a figure, parameter or pool, made anew.
    private func makeDistribution(of id: String) -> InputDistribution? {
        switch symbols[id] {
        case .figure(let figure): return InputDistribution(figure: figure)
        case .parameter(let index):
            let parameter = declarations.parameters[index]
            return InputDistribution(value: parameter.value, spec: parameter.distribution)
        case .pool(let index):
            let parts = declarations.pools[index].components.compactMap { part -> MixtureComponent? in
                guard part.weight > 0, poolPart(part.id) != nil, let distribution = distribution(of: part.id) else { return nil }
                return MixtureComponent(weight: part.weight, distribution: distribution)
            }
            return parts.isEmpty ? nil : InputDistribution(.mixture(parts))
        case .model, nil: return nil
        }
    }

    /// Whether a figure, parameter or pool comes from sources: a figure does, a parameter does not, a pool does
    /// when every part it draws from (weight above 0) is a figure.
    func isSourced(_ id: String) -> Bool {
        switch symbols[id] {
        case .figure: true
        case .pool(let index):
            declarations.pools[index].components.allSatisfy { part in
                if part.weight > 0, case .figure = symbols[part.id] { return true }
                return !(part.weight > 0)
            }
        default: false
        }
    }

    /// The random stream of a leaf (see the design note on ``FormulaCompiler``).
    func stream(of leaf: FormulaLeaf) -> String {
        let base: String, word: String?
        switch symbols[leaf.id] {
        case .parameter(let index):
            base = declarations.parameters[index].stream ?? "assumption:" + leaf.id
            word = declarations.parameters[index].copyStream
        case .pool(let index):
            base = declarations.pools[index].stream ?? "pool:" + leaf.id
            word = declarations.pools[index].copyStream
        default:
            base = leaf.id
            word = nil
        }
        guard let copy = leaf.copy else { return base }
        return "\(base):\(word ?? "copy")-\(copy)"
    }

    /// The engine input of a leaf, named by the data's `name` (`fee at hop 1` for copy 1 of a pool named
    /// `fee at hop`), or by the id as formulas write it.
    func input(_ leaf: FormulaLeaf) -> ModelInput {
        var name = leaf.description
        let named = { (given: String) in leaf.copy.map { "\(given) \($0)" } ?? given }
        switch symbols[leaf.id] {
        case .parameter(let index): name = declarations.parameters[index].name.map(named) ?? name
        case .pool(let index): name = declarations.pools[index].name.map(named) ?? name
        case .figure(let figure): name = figure.name.map(named) ?? name
        default: break
        }
        var figureID: String?
        if case .figure = symbols[leaf.id] { figureID = leaf.id }
        return ModelInput(
            name: name, figureID: figureID, unit: unit(of: leaf.id) ?? "", distribution: distribution(of: leaf.id)!,
            sourced: isSourced(leaf.id), key: stream(of: leaf))
    }

    /// Checks every pool: parts that are figures or parameters, weights of 0 or more with one above 0, one unit.
    mutating func checkPools() {
        for pool in declarations.pools {
            let parameterIDs = declarations.parameters.map(\.id)
            var first: (id: String, dimension: Dimension)?
            if let unit = pool.unit { first = ("", Dimension(unit: unit)) }
            for part in pool.components {
                if !(part.weight >= 0 && part.weight.isFinite) {
                    report(
                        at: part.position, "the weight of `\(part.id)` in pool `\(pool.id)` is not a number of 0 or more",
                        hint: "Weights are 0 or more; they are normalised, and 0 leaves a part out.")
                }
                guard poolPart(part.id) != nil else {
                    let hint =
                        symbols[part.id].map { "`\(part.id)` is a \($0.noun); list the figures or parameters themselves." }
                        ?? Suggestion.didYouMean(part.id, in: registry.figures.map(\.id) + parameterIDs)
                        + "A pool mixes figures and parameters."
                    report(at: part.position, "pool `\(pool.id)` mixes `\(part.id)`, which is not a figure or parameter", hint: hint)
                    continue
                }
                let dimension = Dimension(unit: unit(of: part.id) ?? "")
                if let first, first.dimension != dimension {
                    let other = first.id.isEmpty ? "the pool's unit is \(first.dimension)" : "`\(first.id)` is \(first.dimension)"
                    report(
                        at: part.position, "the parts of pool `\(pool.id)` differ in unit: `\(part.id)` is \(dimension), but \(other)",
                        hint: "Pool only values of one unit.")
                } else if first == nil {
                    first = (part.id, dimension)
                }
            }
            if !pool.components.contains(where: { $0.weight > 0 && poolPart($0.id) != nil }) {
                report(
                    at: pool.position, "pool `\(pool.id)` has no figure or parameter with a weight above 0",
                    hint: "List at least one figure or parameter with a weight above 0.")
            }
        }
    }
}
