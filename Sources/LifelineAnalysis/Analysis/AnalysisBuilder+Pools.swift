import LifelineData

extension AnalysisBuilder {
    /// Each pool a model draws from, summarised exactly (a mixture's percentiles are computed, not simulated), in
    /// the data's order, placed together just before the first model that draws from a pool.
    mutating func insertPoolResults(_ program: CompiledProgram) {
        let pooled = Set(registry.declarations.pools.map(\.id))
        let first = program.models.first { model in model.inputs.contains { pooled.contains(program.inputIDs[$0]) } }
        var position = first.flatMap { model in models.firstIndex { $0.id == model.id } } ?? models.count
        for pool in registry.declarations.pools {
            guard let index = program.inputIDs.firstIndex(of: pool.id) else { continue }
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
}
