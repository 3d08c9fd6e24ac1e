/// What reaches a family when money passes a chain of intermediaries that each take a cut, then an
/// exchange-rate loss: the arithmetic behind model 5 and `lifeline erode`.
///
/// Every function is exact arithmetic on the given rates: one hop at 30 % delivers 70 %, three hops at 30 %
/// deliver 0.7³ = 34.3 %.
public enum FeeChain {
    /// The share delivered through `hops` intermediaries each taking `fee` (0…1), then an exchange-rate loss.
    public static func deliveredShare(fee: Double, hops: Int, exchangeLoss: Double = 0) -> Double {
        deliveredShare(fees: Array(repeating: fee, count: max(0, hops)), exchangeLoss: exchangeLoss)
    }

    /// The share delivered through intermediaries taking `fees` in turn, then an exchange-rate loss.
    public static func deliveredShare(fees: [Double], exchangeLoss: Double = 0) -> Double {
        fees.reduce(1) { $0 * (1 - clamp($1)) } * (1 - clamp(exchangeLoss))
    }

    /// The hop-by-hop account of `amount` sent through intermediaries taking `fees`, then the exchange loss.
    /// Rates outside 0…1 are clamped (callers validate first; see ``RateParser``).
    public static func trace(amount: Double, fees: [Double], exchangeLoss: Double = 0) -> ErosionTrace {
        var remaining = amount
        var steps: [ErosionStep] = []
        for (index, fee) in fees.enumerated() {
            let rate = clamp(fee)
            let taken = remaining * rate
            let after = remaining - taken
            steps.append(
                ErosionStep(
                    hop: index + 1, intermediary: intermediary(hop: index + 1, of: fees.count),
                    fee: rate, received: remaining, taken: taken, passedOn: after))
            remaining = after
        }
        let loss = clamp(exchangeLoss)
        let lost = remaining * loss
        let delivered = remaining - lost
        return ErosionTrace(
            sent: amount, steps: steps, exchangeLoss: loss, exchangeLossAmount: lost, delivered: delivered,
            deliveredShare: amount == 0 ? deliveredShare(fees: fees, exchangeLoss: exchangeLoss) : delivered / amount)
    }

    /// Who takes the cut at `hop` (1-based) of a chain of `count`: the feature article's chain for up to three
    /// hops (a broker in South Korea, a broker in China, a courier or state cut in North Korea).
    public static func intermediary(hop: Int, of count: Int) -> String {
        switch (hop, count) {
        case (1, 1): "broker"
        case (1, _): "broker in South Korea"
        case (2, 2): "broker or courier in China"
        case (2, _): "broker in China"
        case (3, 3): "courier or state cut in North Korea"
        default: "intermediary \(hop)"
        }
    }

    /// `rate` kept within 0…1 (NaN becomes 0).
    static func clamp(_ rate: Double) -> Double { rate.isNaN ? 0 : min(max(rate, 0), 1) }
}
