import LifelineData

extension AnalysisBuilder {
    /// Each pool a model draws from, summarised exactly (a mixture's percentiles are computed, not simulated), in
    /// the data's order, placed together just before the first model that draws from a pool.
    mutating func insertPoolResults(_ program: CompiledProgram) {
        let placed = poolPlacement(program)
        var position = placed.position
        for (pool, index) in placed.pools {
            let input = program.inputs[index]
            let mix = pool.components.map { "\($0.id): \(BriefingFormat.trimmed($0.weight, decimals: 6))" }.joined(separator: ", ")
            let result = ModelResult(
                id: pool.id, title: pool.name ?? pool.id, unit: input.unit, kind: input.sourced ? .sourcedEstimate : .scenario,
                formula: "mix {\(mix)}", figures: figures([pool.id]), inputs: [InputSummary(input, id: pool.id)], assumptions: [],
                summary: Summary(
                    exactly: input.distribution, count: options.draws, bins: options.histogramBins, extra: options.extraPercentiles))
            models.insert(result, at: position)
            position += 1
        }
    }

    /// The ids of the results in their order once ``simulate(_:)`` and ``insertPoolResults(_:)`` have run: the
    /// models', with the pools' placed among them.
    func resultIDs(_ program: CompiledProgram) -> [String] {
        let placed = poolPlacement(program)
        var ids = program.models.map(\.id)
        ids.insert(contentsOf: placed.pools.map(\.pool.id), at: placed.position)
        return ids
    }

    /// The pools a model draws from (with their input's index), in the data's order, and where among the models
    /// they go: together, just before the first model that draws from a pool.
    private func poolPlacement(_ program: CompiledProgram) -> (position: Int, pools: [(pool: PoolDeclaration, input: Int)]) {
        let pooled = Set(registry.declarations.pools.map(\.id))
        let first = program.models.firstIndex { model in model.inputs.contains { pooled.contains(program.inputIDs[$0]) } }
        let pools = registry.declarations.pools.compactMap { pool in
            program.inputIDs.firstIndex(of: pool.id).map { (pool: pool, input: $0) }
        }
        return (first ?? program.models.count, pools)
    }
}
