import LifelineData

extension AnalysisBuilder {
    /// The model result with this id, so far.
    func model(_ id: String) -> ModelResult? { models.first { $0.id == id } }

    /// The model result `id`, which `needed` reads.
    func require(_ id: String, needed: String) throws(AnalysisError) -> ModelResult {
        guard let result = model(id) else { throw .missingDeclaration(id: id, needed: needed) }
        return result
    }

    /// The split of 100 USD and of the annual flow; the state takes a fee when its part can be above 0.
    func split() throws(AnalysisError) -> MoneySplit {
        let names = ["family", "brokers", "state", "exchange-loss"]
        let perAmount = ["split-family", "split-brokers", "split-state", "split-exchange-loss"]
        let annual = ["sk-family-receipts", "sk-broker-capture", "sk-state-capture", "sk-exchange-loss"]
        func parts(_ ids: [String]) throws(AnalysisError) -> [SplitPart] {
            var parts: [SplitPart] = []
            for (name, id) in zip(names, ids) {
                parts.append(SplitPart(name: name, modelID: id, interval: try require(id, needed: "the split").summary.interval))
            }
            return parts
        }
        let state = try require(perAmount[2], needed: "the split")
        return MoneySplit(amount: 100, perAmount: try parts(perAmount), annual: try parts(annual), stateFeeOnEveryTransfer: state.p95 > 0)
    }

    /// The SDG 10.c counterfactual: families' receipts at the target and one family's receipts over the years.
    func counterfactual() throws(AnalysisError) -> CounterfactualResult {
        let needed = "the counterfactual"
        let targetID = FigureID.sdgCostTarget
        let targetCost = try lookup.require(targetID, model: needed, units: [.share]).value.high
        let sent = try require("family-annual-sent", needed: needed).summary.interval
        let received = try require("family-annual-received", needed: needed).summary.interval
        let lost = try require("family-annual-lost", needed: needed).summary.interval
        let receivedAtTarget = sent.scaled(by: 1 - targetCost)
        let cumulative = (1...options.scenario.years).map { year in
            CumulativeYear(
                year: year, sent: sent.scaled(by: Double(year)), received: received.scaled(by: Double(year)),
                receivedAtTarget: receivedAtTarget.scaled(by: Double(year)), lost: lost.scaled(by: Double(year)))
        }
        let currentCost = try require("split-family", needed: needed).summary.interval.scaled(by: 0.01).subtracted(from: 1)
        let corridor = lookup.optional(FigureID.sdgCorridorLimit).flatMap { $0.unit == .share ? $0 : nil }
        return CounterfactualResult(
            targetFigureID: targetID, targetCost: targetCost, corridorLimitFigureID: corridor?.id, corridorLimit: corridor?.value.high,
            currentCost: currentCost, timesTarget: currentCost.median / targetCost,
            flowReceived: try require("sk-family-receipts", needed: needed).summary.interval,
            flowReceivedAtTarget: try require("sk-family-receipts-at-target", needed: needed).summary.interval,
            flowGain: try require("sk-gain-at-target", needed: needed).summary.interval,
            familySent: sent, familyReceived: received, familyReceivedAtTarget: receivedAtTarget, cumulative: cumulative)
    }
}
