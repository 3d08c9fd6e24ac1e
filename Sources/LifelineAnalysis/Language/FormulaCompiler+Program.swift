import LifelineData

extension FormulaCompiler {
    /// The column program of error-free declarations: inputs in first-use order, models in `order`.
    func program(order: [Int], facts: [ModelFacts?]) -> CompiledProgram {
        var leaves: [FormulaLeaf] = [], index: [FormulaLeaf: Int] = [:]
        for model in declarations.models.indices {
            for leaf in facts[model]!.leaves where index[leaf] == nil {
                index[leaf] = leaves.count
                leaves.append(leaf)
            }
        }
        var models: [CompiledModel] = []
        for (position, declaration) in declarations.models.enumerated() {
            let reached = facts[position]!.leaves
            let assumed = assumptions(reaching: reached, models: facts[position]!.models)
            let kind: ModelKind = assumed.isEmpty && reached.allSatisfy { isSourced($0.id) } ? .sourcedEstimate : .scenario
            models.append(
                CompiledModel(
                    id: declaration.id, name: declaration.name, unit: declaration.unit, formula: formulas[position]!, kind: kind,
                    inputs: reached.map { index[$0]! }, assumptions: assumed, output: position,
                    bounds: facts[position]!.interval))
        }
        let symbols = self.symbols
        var emitter = ColumnEmitter(outputCount: models.count) { id, copy in
            if case .model(let used) = symbols[id] { return .output(used) }
            return .input(index[FormulaLeaf(id: id, copy: copy)]!)
        }
        for model in order { emitter.emit(formulas[model]!.root, into: model) }
        return CompiledProgram(
            inputs: leaves.map(input), inputIDs: leaves.map(\.id), models: models, scratchCount: emitter.scratchCount,
            operations: emitter.operations)
    }
}
