import LifelineData

extension AnalysisBuilder {
    /// Runs everything: the data's models, their pools, the declared comparisons and curves, every assumption no
    /// source supports (each model's, then every stated one, each once), and the models under each declared reading.
    mutating func build() throws(AnalysisError) -> AnalysisResult {
        let program = try compile()
        // The readings re-run models on data of their own: they need only the ids of the main run's results, so
        // they run on a second thread, one after another, while the main run spreads over every core.
        var reader = self
        reader.options.threads = 1
        let reported = resultIDs(program)
        let (read, _) = alongside(
            { Result { () throws(AnalysisError) in try reader.readings(reporting: reported) } }, { simulate(program) })
        insertPoolResults(program)
        let curves = try curves(program)
        let comparisons = registry.declarations.comparisons.map(compare)
        let readings = try read.get()

        var seen = Set<String>()
        var assumptions: [Assumption] = []
        for assumption in models.flatMap(\.assumptions) + statedAssumptions(registry.declarations.assumptions.map(\.id))
        where !assumption.sourced {
            if seen.insert(assumption.name).inserted { assumptions.append(assumption) }
        }
        return AnalysisResult(
            draws: options.draws, seed: options.seed, method: MethodNotes(seed: options.seed, draws: options.draws),
            models: models, curves: curves, comparisons: comparisons, sensitivity: sensitivity, assumptions: assumptions,
            readings: readings)
    }

    /// One declared comparison computed: each side's range and median, their overlap and ratio, and for a claim
    /// the verdict and the share of the model's draws inside the claimed range.
    func compare(_ comparison: ComparisonDeclaration) -> ComparisonResult {
        let first = side(comparison.first.id), second = side(comparison.second.id)
        guard comparison.form == .claim, let histogram = statistics[first.id]?.histogram else {
            return ComparisonResult(id: comparison.id, form: comparison.form.rawValue, first: first, second: second)
        }
        let inside = max(0, histogram.fraction(atMost: second.high) - histogram.fraction(atMost: second.low))
        return ComparisonResult(
            id: comparison.id, form: comparison.form.rawValue, first: first, second: second,
            verdict: CrossCheckVerdict.of(claimLow: second.low, claimHigh: second.high, modelLow: first.low, modelHigh: first.high),
            shareInClaim: inside, qualitative: registry.figure(second.id)?.qualifier == .qualitative,
            sameSource: model(first.id).map { model in
                model.figures.contains { registry.figure($0)?.source == registry.figure(second.id)?.source }
            })
    }

    /// The range a comparison reads for `id`: a figure's low–high, a parameter's range, a pool's 5th–95th
    /// percentile, a model's 90 % interval. The compiler has checked that `id` names one of these.
    func side(_ id: String) -> ComparedSide {
        if let figure = registry.figure(id) {
            let median = InputDistribution(figure: figure).quantile(0.5)
            return ComparedSide(
                id: id, what: "figure", unit: figure.unit.rawValue, low: figure.value.low, median: median, high: figure.value.high)
        }
        let declarations = registry.declarations
        if let parameter = declarations.parameters.first(where: { $0.id == id }) {
            let median = InputDistribution(value: parameter.value, spec: parameter.distribution).quantile(0.5)
            return ComparedSide(
                id: id, what: "parameter", unit: parameter.unit, low: parameter.value.low, median: median, high: parameter.value.high)
        }
        let what = declarations.pools.contains { $0.id == id } ? "pool" : "model"
        let result = model(id)
        return ComparedSide(
            id: id, what: what, unit: result?.unit ?? "", low: result?.p5 ?? .nan, median: result?.median ?? .nan,
            high: result?.p95 ?? .nan)
    }
}
