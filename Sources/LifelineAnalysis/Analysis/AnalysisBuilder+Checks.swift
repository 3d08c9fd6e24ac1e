import LifelineData

extension AnalysisBuilder {
    /// Runs every model and assembles the result.
    mutating func build() throws(AnalysisError) -> AnalysisResult {
        let plan = try plan()
        simulate(plan.model, outputs: plan.specs)
        models += poolResults(plan.pools)
        let erosion = erosion(pools: plan.pools)
        let split = split()
        let counterfactual = counterfactual(targetCost: plan.targetCost)
        let gross = model("sk-gross-flow")!
        let comparison = try compare(gross: gross, survey: model("sk-survey-flow")!)
        let crossCheck = try self.crossCheck(gross: gross)

        var seen = Set<String>()
        var assumptions: [Assumption] = []
        for assumption in models.flatMap(\.assumptions) + options.scenario.assumptions where !assumption.sourced {
            if seen.insert(assumption.name).inserted { assumptions.append(assumption) }
        }
        let ordered = models.enumerated().sorted { a, b in
            a.element.model != b.element.model ? a.element.model < b.element.model : a.offset < b.offset
        }.map(\.element)
        return AnalysisResult(
            draws: options.draws, seed: options.seed, method: MethodNotes(seed: options.seed, draws: options.draws),
            models: ordered, feeSources: plan.pools.sources, erosion: erosion, split: split, counterfactual: counterfactual,
            comparison: comparison, crossCheck: crossCheck, sensitivity: sensitivity, assumptions: assumptions)
    }

    // MARK: - Model 2 against model 1

    /// Where the 2016 survey and the feature article's figures agree and where they differ.
    func compare(gross: ModelResult, survey: ModelResult) throws(AnalysisError) -> SurveyComparison {
        let label = "sk-survey-flow (model 2, comparison with model 1)"
        let share = try lookup.require(FigureID.skShareSending, model: label, units: [.share])
        let surveyShare = try lookup.require(FigureID.survey2016ShareSending, model: label, units: [.share])
        let amount = try lookup.require(FigureID.skTransferAmount, model: label, units: [.usd])
        let times = try lookup.require(FigureID.skTransfersPerYear, model: label, units: [.timesPerYear, .count])
        let surveyAmount = try lookup.require(FigureID.survey2016AnnualAmount, model: label, units: [.usdPerYear])

        let perSender = (
            amount.value.low * times.value.low, amount.value.high * times.value.high,
            surveyAmount.value.low, surveyAmount.value.high
        )
        let rows = [
            ComparisonRow(
                quantity: .shareSending, unit: "share", featureLow: share.value.low, featureHigh: share.value.high,
                surveyLow: surveyShare.value.low, surveyHigh: surveyShare.value.high),
            ComparisonRow(
                quantity: .amountPerSender, unit: "USD/year", featureLow: perSender.0, featureHigh: perSender.1,
                surveyLow: perSender.2, surveyHigh: perSender.3),
            ComparisonRow(
                quantity: .annualFlow, unit: "USD/year", featureLow: gross.p5, featureHigh: gross.p95, surveyLow: survey.p5,
                surveyHigh: survey.p95),
        ]
        return SurveyComparison(featureModelID: gross.id, surveyModelID: survey.id, medianRatio: survey.median / gross.median, rows: rows)
    }

    // MARK: - Model 8

    /// The articles' "tens of millions of USD annually" against model 1's 90 % interval.
    func crossCheck(gross: ModelResult) throws(AnalysisError) -> CrossCheckResult {
        let claim = try lookup.require(
            FigureID.aggregateAnnualFlow, model: "cross-check (model 8, the articles' aggregate claim)",
            units: [.usdPerYear])
        let low = claim.value.low, high = claim.value.high
        let verdict = CrossCheckVerdict.of(claimLow: low, claimHigh: high, modelLow: gross.p5, modelHigh: gross.p95)
        let histogram = statistics[gross.id]!.histogram
        let inside = max(0, histogram.fraction(atMost: high) - histogram.fraction(atMost: low))
        let total = model("total-flow-scenario")
        let withChina = total.map { CrossCheckVerdict.of(claimLow: low, claimHigh: high, modelLow: $0.p5, modelHigh: $0.p95) } ?? verdict
        return CrossCheckResult(
            figureID: claim.id, claim: claim.quote, claimLow: low, claimHigh: high, modelID: gross.id, modelP5: gross.p5,
            modelMedian: gross.median, modelP95: gross.p95, shareInClaim: inside, verdict: verdict,
            qualitative: claim.qualifier == .qualitative,
            withChina: withChina)
    }
}
