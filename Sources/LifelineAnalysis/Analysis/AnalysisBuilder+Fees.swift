import LifelineData

extension AnalysisBuilder {
    /// The pool of every intermediary's fee (the fee table reads it) and the pool of the
    /// brokers' fees (whose parts are the brokers'; the other parts are the state's).
    static let allFeesPool = "fee-pooled", brokerFeesPool = "broker-fee-pooled"

    /// The pooled fee of one intermediary and each source's fee, from the data's pools.
    struct FeePools {
        /// The mixture of every pooled fee.
        var all: InputDistribution
        /// Each source's fee.
        var sources: [FeeSourceResult]
    }

    /// The declared pool `id`.
    func pool(_ id: String, needed: String) throws(AnalysisError) -> PoolDeclaration {
        guard let pool = registry.declarations.pools.first(where: { $0.id == id }) else {
            throw .missingDeclaration(id: id, needed: needed)
        }
        return pool
    }

    /// Each source's fee in the pool of every fee, and that pool's mixture.
    func feePools() throws(AnalysisError) -> FeePools {
        let needed = "the fee table"
        let all = try pool(Self.allFeesPool, needed: needed), brokers = try pool(Self.brokerFeesPool, needed: needed)
        let brokerIDs = Set(brokers.components.filter { $0.weight > 0 }.map(\.id))
        let total = all.components.reduce(0) { $0 + $1.weight }
        var parts: [MixtureComponent] = [], sources: [FeeSourceResult] = []
        for part in all.components {
            let figure = try lookup.require(part.id, model: "pool `\(all.id)`", units: [.share])
            let distribution = InputDistribution(figure: figure)
            if part.weight > 0 { parts.append(MixtureComponent(weight: part.weight, distribution: distribution)) }
            sources.append(
                Self.feeSource(
                    figure, distribution: distribution, taker: brokerIDs.contains(part.id) ? .broker : .state,
                    weight: part.weight / total, pooled: part.weight > 0))
        }
        if let upper = lookup.optional(FigureID.feeFeatureUpper), upper.unit == .share,
            !all.components.contains(where: { $0.id == upper.id })
        {
            sources.append(Self.feeSource(upper, distribution: InputDistribution(figure: upper), taker: .broker, weight: 0, pooled: false))
        }
        return FeePools(all: InputDistribution(.mixture(parts)), sources: sources)
    }

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
                formula: "mix {\(mix)}", figures: figures([pool.id]), inputs: [InputSummary(input)], assumptions: [],
                summary: Summary(
                    exactly: input.distribution, count: options.draws, bins: options.histogramBins, extra: options.extraPercentiles))
            models.insert(result, at: position)
            position += 1
        }
    }

    static func feeSource(
        _ figure: Figure, distribution: InputDistribution, taker: FeeTaker, weight: Double, pooled: Bool
    ) -> FeeSourceResult {
        let reported =
            figure.value.low == figure.value.high
            ? BriefingFormat.percent(figure.value.low)
            : BriefingFormat.percent(figure.value.low) + "–" + BriefingFormat.percent(figure.value.high)
        return FeeSourceResult(
            figureID: figure.id, source: figure.source, measures: figure.measures, reported: reported,
            qualifier: figure.qualifier?.phrase, taker: taker, distribution: distribution.description, weight: weight,
            pooled: pooled,
            interval: Interval(
                mean: distribution.mean, p5: distribution.quantile(0.05), median: distribution.quantile(0.5),
                p95: distribution.quantile(0.95)))
    }
}
