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

        func range(_ low: Double, _ high: Double, _ format: (Double) -> String) -> String {
            low == high ? format(low) : format(low) + "–" + format(high)
        }
        func verdict(_ row: (Double, Double, Double, Double)) -> String {
            let (a, b, c, d) = row
            if a <= d && c <= b { return "they agree (the ranges overlap)" }
            return c > b ? "they differ: the survey is higher" : "they differ: the survey is lower"
        }
        let usd = { (value: Double) in BriefingFormat.usd(value) }
        let shares = (share.value.low, share.value.high, surveyShare.value.low, surveyShare.value.high)
        let perSender = (
            amount.value.low * times.value.low, amount.value.high * times.value.high,
            surveyAmount.value.low, surveyAmount.value.high
        )
        let flows = (gross.p5, gross.p95, survey.p5, survey.p95)
        let rows = [
            ComparisonRow(
                quantity: "share of defectors who send", unit: "share", featureLow: shares.0, featureHigh: shares.1,
                surveyLow: shares.2, surveyHigh: shares.3,
                sentence: "Share who send: the feature article's \(range(shares.0, shares.1, BriefingFormat.percent)) and the "
                    + "2016 survey's \(range(shares.2, shares.3, BriefingFormat.percent)); \(verdict(shares))."),
            ComparisonRow(
                quantity: "USD a year per sender", unit: "USD/year", featureLow: perSender.0, featureHigh: perSender.1,
                surveyLow: perSender.2, surveyHigh: perSender.3,
                sentence: "USD a year per sender: the feature article's amounts and frequency imply "
                    + "\(range(perSender.0, perSender.1, usd)); the 2016 survey reports \(range(perSender.2, perSender.3, usd)); "
                    + "\(verdict(perSender))."),
            ComparisonRow(
                quantity: "annual flow (90 % interval)", unit: "USD/year", featureLow: flows.0, featureHigh: flows.1,
                surveyLow: flows.2, surveyHigh: flows.3,
                sentence: "Annual flow: model 1 gives \(range(flows.0, flows.1, usd)) and model 2 \(range(flows.2, flows.3, usd)) "
                    + "(90 % intervals); \(verdict(flows))."),
        ]
        let agree = rows.filter(\.agrees).map(\.quantity), differ = rows.filter { !$0.agrees }.map(\.quantity)
        let ratio = survey.median / gross.median
        var summary = "The 2016 survey's median annual flow is \(BriefingFormat.trimmed(ratio, decimals: 2)) times model 1's"
        summary += " (\(usd(survey.median)) against \(usd(gross.median)))."
        if !agree.isEmpty { summary += " They agree on the " + agree.joined(separator: " and the ") + "." }
        if !differ.isEmpty { summary += " They differ on the " + differ.joined(separator: " and the ") + "." }
        return SurveyComparison(featureModelID: gross.id, surveyModelID: survey.id, medianRatio: ratio, rows: rows, summary: summary)
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
        let words =
            claim.qualifier == .qualitative ? "the articles' \"tens of millions of USD annually\"" : "the articles' aggregate figure"
        let reading = "read as \(BriefingFormat.usd(low)) to \(BriefingFormat.usd(high)) a year"
        let interval =
            "\(BriefingFormat.usd(gross.p5)) to \(BriefingFormat.usd(gross.p95)) a year, median \(BriefingFormat.usd(gross.median))"
        let placement: String
        switch verdict {
        case .holds: placement = "model 1's 90 % interval (\(interval)) lies inside it"
        case .partly: placement = "model 1's 90 % interval (\(interval)) only partly overlaps it"
        case .doesNotHold: placement = "model 1's 90 % interval (\(interval)) lies outside it"
        }
        let sentence =
            "The claim of \(words) (\(reading)) \(verdict.phrase) for defectors in South Korea: \(placement); "
            + "\(BriefingFormat.percent(inside)) of the draws fall in the claimed range."
        return CrossCheckResult(
            figureID: claim.id, claim: claim.quote, claimLow: low, claimHigh: high, modelID: gross.id, modelP5: gross.p5,
            modelMedian: gross.median, modelP95: gross.p95, shareInClaim: inside, verdict: verdict, sentence: sentence,
            withChina: withChina)
    }
}
