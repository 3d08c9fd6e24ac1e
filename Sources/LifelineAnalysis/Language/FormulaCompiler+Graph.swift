import LifelineData

extension FormulaCompiler {
    /// Resolves every id in every formula: reports unknown ids (with "did you mean", or the spaces a minus needs)
    /// and copies of models; returns which models use which.
    mutating func resolveReferences() -> ModelGraph {
        var graph = ModelGraph(uses: Array(repeating: [], count: declarations.models.count), referenced: [])
        for (index, formula) in formulas.enumerated() {
            guard let formula else { continue }
            for (id, copy, node) in formula.root.references {
                graph.referenced.insert(id)
                switch symbols[id] {
                case nil:
                    report(
                        model: index, at: node.range.lowerBound, "unknown id `\(id)`",
                        hint: spacedMinusHint(id) ?? Suggestion.didYouMean(id, in: knownIDs)
                            + "Use the id of a figure, parameter, pool or model.")
                case .model(let used):
                    if copy != nil {
                        report(
                            model: index, at: node.range.lowerBound, "`\(id)@\(copy!)` copies a model",
                            hint: "Only figures, parameters and pools have independent copies; copy the inputs inside the model instead.")
                    }
                    if !graph.uses[index].contains(where: { $0.model == used }) { graph.uses[index].append((used, node)) }
                default:
                    break
                }
            }
        }
        return graph
    }

    /// When an unknown id such as `x-y` splits at its hyphens into known ids and numbers, the advice to write
    /// `x - y` with spaces.
    func spacedMinusHint(_ id: String) -> String? {
        let parts = id.split(separator: "-").map(String.init)
        var dead = Set<Int>()  // starts from which no split works, so that each is tried once
        func pieces(from start: Int) -> [String]? {
            if start == parts.count { return [] }
            guard !dead.contains(start) else { return nil }
            for end in stride(from: parts.count, to: start, by: -1) {
                let candidate = parts[start..<end].joined(separator: "-")
                guard symbols[candidate] != nil || Double(candidate) != nil, let rest = pieces(from: end) else { continue }
                return [candidate] + rest
            }
            dead.insert(start)
            return nil
        }
        guard let split = pieces(from: 0), split.count > 1 else { return nil }
        return "To subtract, write `\(split.joined(separator: " - "))` with spaces around the minus: "
            + "`\(id)` reads as one id, since ids contain hyphens."
    }

    /// The models in an order where each comes after the models it uses; reports every loop, naming it.
    mutating func orderModels(_ graph: ModelGraph) -> [Int] {
        var state = Array(repeating: 0, count: declarations.models.count)  // 0 unseen, 1 on the path, 2 done
        var path: [Int] = [], order: [Int] = [], loops: [[Int]] = []
        func visit(_ model: Int) {
            state[model] = 1
            path.append(model)
            for (used, _) in graph.uses[model] {
                if state[used] == 1 {
                    var loop = Array(path[path.lastIndex(of: used)!...])
                    let start = loop.firstIndex(of: loop.min()!)!
                    loop = Array(loop[start...] + loop[..<start])
                    if !loops.contains(loop) { loops.append(loop) }
                } else if state[used] == 0 {
                    visit(used)
                }
            }
            path.removeLast()
            state[model] = 2
            order.append(model)
        }
        for model in declarations.models.indices where state[model] == 0 { visit(model) }
        for loop in loops {
            let ids = loop.map { declarations.models[$0].id }
            let next = loop.count > 1 ? loop[1] : loop[0]
            let node = graph.uses[loop[0]].first { $0.model == next }!.node
            report(
                model: loop[0], at: node.range.lowerBound,
                loop.count == 1
                    ? "model `\(ids[0])` uses itself: \(ids[0]) → \(ids[0])"
                    : "models use each other in a loop: " + (ids + [ids[0]]).joined(separator: " → "),
                hint: "A model cannot use its own result, even through other models; remove one of these references.")
        }
        return order
    }
}
