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
    /// Rates outside 0…1 are clamped (callers validate first; see ``RateParser``). `intermediaries` names the hops
    /// in turn (the caller's words, e.g. the `erode` command's); a hop without a name gets an empty one.
    public static func trace(amount: Double, fees: [Double], exchangeLoss: Double = 0, intermediaries: [String] = []) -> ErosionTrace {
        var remaining = amount
        var steps: [ErosionStep] = []
        for (index, fee) in fees.enumerated() {
            let rate = clamp(fee)
            let taken = remaining * rate
            let after = remaining - taken
            steps.append(
                ErosionStep(
                    hop: index + 1, intermediary: index < intermediaries.count ? intermediaries[index] : "",
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

    /// `rate` kept within 0…1 (NaN becomes 0).
    static func clamp(_ rate: Double) -> Double { rate.isNaN ? 0 : min(max(rate, 0), 1) }
}
