import LifelineData

extension AnalysisBuilder {
    /// The pooled fee distributions and each source's fee (model 4).
    struct FeePools {
        /// Every pooled source (brokers and the state): one intermediary's cut, for the erosion curves.
        var all: ModelInput
        /// The broker sources only: the commission on a transfer, for the split.
        var brokers: ModelInput
        /// Each source's fee.
        var sources: [FeeSourceResult]
        /// The figures pooled.
        var figures: [String]
        /// The broker figures pooled.
        var brokerFigures: [String]
        /// The weights, as an assumption.
        var weights: Assumption
    }

    /// Model 4: each source's fee and the pooled mixtures.
    func feePools() throws(AnalysisError) -> FeePools {
        let label = "fee-pooled (model 4, pooled broker fees)"
        let total = options.feeWeights.reduce(0) { $0 + $1.weight }
        var all: [MixtureComponent] = [], brokers: [MixtureComponent] = [], sources: [FeeSourceResult] = []
        for entry in options.feeWeights {
            let figure = try lookup.require(entry.figureID, model: label, units: [.share])
            let distribution = InputDistribution(figure: figure)
            if entry.weight > 0 {
                all.append(MixtureComponent(weight: entry.weight, distribution: distribution))
                if entry.taker == .broker { brokers.append(MixtureComponent(weight: entry.weight, distribution: distribution)) }
            }
            sources.append(
                Self.feeSource(
                    figure, distribution: distribution, taker: entry.taker,
                    weight: entry.weight / total, pooled: entry.weight > 0))
        }
        if let upper = lookup.optional(FigureID.feeFeatureUpper), upper.unit == .share,
            !options.feeWeights.contains(where: { $0.figureID == upper.id })
        {
            sources.append(Self.feeSource(upper, distribution: InputDistribution(figure: upper), taker: .broker, weight: 0, pooled: false))
        }
        let pooled = options.feeWeights.filter { $0.weight > 0 }
        let weights = Assumption(
            name: "weights of the fee sources",
            value: pooled.map { "\($0.figureID) \(BriefingFormat.percent($0.weight / total))" }.joined(separator: ", "),
            description: "The pooled fee is a mixture of the sources' reported rates: a draw first picks a source with "
                + "these probabilities, then a rate from its range. Equal weights unless set otherwise; upper bounds "
                + "such as \"up to 70 %\" are shown but not pooled.",
            sourced: false)
        return FeePools(
            all: ModelInput(
                name: "fee of one intermediary (pooled)", figureID: nil, unit: "share",
                distribution: InputDistribution(.mixture(all)), sourced: true, key: "pool:all"),
            brokers: ModelInput(
                name: "broker commission (pooled)", figureID: nil, unit: "share",
                distribution: InputDistribution(.mixture(brokers)), sourced: true, key: "pool:brokers"),
            sources: sources, figures: pooled.map(\.figureID), brokerFigures: pooled.filter { $0.taker == .broker }.map(\.figureID),
            weights: weights)
    }

    /// The pooled fees' exact summaries (no simulation: a mixture's percentiles are computed directly).
    func poolResults(_ pools: FeePools) -> [ModelResult] {
        let specs: [(ModelInput, String, String, [String])] = [
            (pools.all, "fee-pooled", "Pooled fee rate of one intermediary (brokers and state)", pools.figures),
            (pools.brokers, "broker-fee-pooled", "Pooled broker commission (broker sources only)", pools.brokerFigures),
        ]
        return specs.map { input, id, title, figures in
            ModelResult(
                id: id, model: 4, title: title, unit: "share", kind: .sourcedEstimate,
                formula: "mixture of the sources' fee rates (exact, not simulated)", figures: figures,
                inputs: [InputSummary(input)], assumptions: [pools.weights],
                summary: Summary(
                    exactly: input.distribution, count: options.draws, bins: options.histogramBins,
                    extra: options.extraPercentiles))
        }
    }

    static func feeSource(
        _ figure: Figure, distribution: InputDistribution, taker: FeeWeight.Taker, weight: Double,
        pooled: Bool
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
