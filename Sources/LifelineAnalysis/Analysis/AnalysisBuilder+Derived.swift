import LifelineData

extension AnalysisBuilder {
    /// The model result with this id, so far.
    func model(_ id: String) -> ModelResult? { models.first { $0.id == id } }

    /// Model 5's curves: delivered share against the fee for 1 … N hops, with the pooled fee's band.
    func erosion(pools: FeePools) -> FeeErosionResult {
        let scenario = options.scenario
        let fee = pools.all.distribution
        let low = fee.quantile(0.05), middle = fee.quantile(0.5), high = fee.quantile(0.95)
        let loss = scenario.exchangeLoss.distribution.quantile(0.5)
        let steps = Int((scenario.curveMaximumFee / scenario.curveStep).rounded())
        let curves = (1...scenario.maximumHops).map { hop in
            let points = (0...steps).map { step -> ErosionPoint in
                let rate = min(Double(step) * scenario.curveStep, scenario.curveMaximumFee)
                let delivered = FeeChain.deliveredShare(fee: rate, hops: hop)
                return ErosionPoint(fee: rate, delivered: delivered, deliveredAfterExchange: delivered * (1 - loss))
            }
            return ErosionCurve(
                hops: hop, modelID: Self.deliveredID(hops: hop), points: points, bandFeeLow: low, bandFeeHigh: high,
                bandDeliveredLow: FeeChain.deliveredShare(fee: high, hops: hop),
                bandDeliveredHigh: FeeChain.deliveredShare(fee: low, hops: hop),
                deliveredAtMedianFee: FeeChain.deliveredShare(fee: middle, hops: hop))
        }
        return FeeErosionResult(
            curves: curves, pooledFee: Interval(mean: fee.mean, p5: low, median: middle, p95: high),
            exchangeLoss: loss)
    }

    /// Model 6: the split of 100 USD and of the annual flow.
    func split() -> MoneySplit {
        let names = ["family", "brokers", "state", "exchange-loss"]
        let perAmount = ["split-family", "split-brokers", "split-state", "split-exchange-loss"]
        let annual = ["sk-family-receipts", "sk-broker-capture", "sk-state-capture", "sk-exchange-loss"]
        func parts(_ ids: [String]) -> [SplitPart] {
            zip(names, ids).map { SplitPart(name: $0, modelID: $1, interval: model($1)!.summary.interval) }
        }
        return MoneySplit(
            amount: 100, perAmount: parts(perAmount), annual: parts(annual),
            stateFeeOnEveryTransfer: options.scenario.stateFeeOnEveryTransfer)
    }

    /// Model 7: families' receipts at the SDG 10.c target (adds `sk-family-receipts-at-target`), and one family's
    /// receipts over the years.
    mutating func counterfactual(targetCost: Double) -> CounterfactualResult {
        let gross = model("sk-gross-flow")!
        let targetID = FigureID.sdgCostTarget
        let atTarget = ModelResult(
            id: "sk-family-receipts-at-target", model: 7,
            title: "Reaching families from South Korea each year if costs were at the SDG 10.c target", unit: "USD/year",
            kind: .sourcedEstimate, formula: "model 1's flow × (1 − target cost)",
            figures: gross.figures + [targetID], inputs: gross.inputs,
            assumptions: gross.assumptions + [Self.targetAssumption(targetCost)],
            summary: gross.summary.scaled(by: 1 - targetCost))
        // Not appended: `build()` sorts by model number but keeps this order within model 7, which models.csv follows.
        models.insert(atTarget, at: (models.firstIndex { $0.id == "sk-gain-at-target" } ?? models.count - 1) + 1)

        let sent = model("family-annual-sent")!.summary.interval
        let received = model("family-annual-received")!.summary.interval
        let lost = model("family-annual-lost")!.summary.interval
        let receivedAtTarget = sent.scaled(by: 1 - targetCost)
        let cumulative = (1...options.scenario.years).map { year in
            CumulativeYear(
                year: year, sent: sent.scaled(by: Double(year)), received: received.scaled(by: Double(year)),
                receivedAtTarget: receivedAtTarget.scaled(by: Double(year)), lost: lost.scaled(by: Double(year)))
        }
        let currentCost = model("split-family")!.summary.interval.scaled(by: 0.01).subtracted(from: 1)
        let corridor = lookup.optional(FigureID.sdgCorridorLimit).flatMap { $0.unit == .share ? $0 : nil }
        return CounterfactualResult(
            targetFigureID: targetID, targetCost: targetCost, corridorLimitFigureID: corridor?.id, corridorLimit: corridor?.value.high,
            currentCost: currentCost, timesTarget: currentCost.median / targetCost,
            flowReceived: model("sk-family-receipts")!.summary.interval, flowReceivedAtTarget: atTarget.summary.interval,
            flowGain: model("sk-gain-at-target")!.summary.interval,
            familySent: sent, familyReceived: received, familyReceivedAtTarget: receivedAtTarget, cumulative: cumulative)
    }
}
