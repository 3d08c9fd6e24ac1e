import LifelineData

extension AnalysisBuilder {
    /// The model result with this id, so far.
    func model(_ id: String) -> ModelResult? { models.first { $0.id == id } }

    /// The parameter the erosion curves take the exchange-rate loss from (its median).
    static let exchangeLossParameter = "exchange-loss"

    /// The erosion curves: delivered share against the fee for 1 … N hops, with the pooled fee's band.
    func erosion(pools: FeePools) throws(AnalysisError) -> FeeErosionResult {
        let scenario = options.scenario
        let fee = pools.all
        let low = fee.quantile(0.05), middle = fee.quantile(0.5), high = fee.quantile(0.95)
        guard let parameter = registry.declarations.parameters.first(where: { $0.id == Self.exchangeLossParameter }) else {
            throw .missingDeclaration(id: Self.exchangeLossParameter, needed: "the erosion curves")
        }
        let loss = InputDistribution(value: parameter.value, spec: parameter.distribution).quantile(0.5)
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

    /// `delivered-share-1-hop`, `delivered-share-2-hops`, …: the models the erosion curves point to.
    static func deliveredID(hops: Int) -> String { "delivered-share-\(hops)-hop" + (hops == 1 ? "" : "s") }
}
