/// Every simulated output of the briefing (models 1–3 and 5–7) in one pass over shared input columns.
///
/// Each input is drawn once per draw and used by every output that needs it (common random numbers): the
/// annual split of the South Korea flow adds up to model 1's flow draw by draw, the South Korea + China total
/// is model 1 plus model 3, and a family's amount sent uses the same draw of USD per transfer as model 1.
///
/// ## Inputs, in order (see ``Input``)
/// South Korea population, share who send, USD per transfer, transfers per year; the 2016 survey's share who
/// send and USD a year; China population, share who send (assumed), USD a year (assumed); the pooled broker
/// commission, the state fee, the exchange-rate loss; then the pooled fee of hop 1 … ``hops``.
///
/// ## Outputs, in order
/// `sk-gross-flow`, `sk-survey-flow`, `cn-scenario-flow`, `total-flow-scenario`; the delivered share through
/// 1 … ``hops`` intermediaries; the split of 100 USD (family, brokers, state, exchange loss); the split of
/// model 1's flow (family, brokers, state, exchange loss) and the gain at the target cost; one family's annual
/// amount sent, received and lost. Where the chain is concerned, the brokers take their commission b from the
/// amount, the state its fee s from what is left, the exchange rate its loss x from the rest: the family
/// receives the share d = (1 − b)(1 − s)(1 − x).
public struct BriefingModel: SimulationModel {
    /// The position of each fixed input.
    public enum Input: Int, CaseIterable, Sendable {
        /// Model 1's inputs: defectors in South Korea, share who send, USD per transfer, transfers per year.
        case skPopulation, skShareSending, skTransferAmount, skTransfersPerYear
        /// Model 2's own inputs: the 2016 survey's share who send and USD a year per sender.
        case surveyShareSending, surveyAnnualAmount
        /// Model 3's inputs: defectors in China, and the assumed share who send and USD a year.
        case cnPopulation, cnShareSending, cnAnnualAmount
        /// The chain of models 6 and 7: the pooled broker commission, the state fee, the exchange-rate loss.
        case brokerFee, stateFee, exchangeLoss
    }

    /// The inputs: one per ``Input`` case in order, then the fee of each hop.
    public let inputs: [ModelInput]
    /// The number of intermediaries in the erosion outputs.
    public let hops: Int
    /// The counterfactual cost share (the SDG 10.c target, 0.03).
    public let targetCost: Double

    /// Creates the model; `inputs` holds one input per ``Input`` case, in order, followed by `hops` fee inputs.
    public init(inputs: [ModelInput], hops: Int, targetCost: Double) {
        precondition(hops >= 1 && inputs.count == Input.allCases.count + hops, "one input per case and per hop")
        self.inputs = inputs
        self.hops = hops
        self.targetCost = targetCost
    }

    /// The index of the fee input of `hop` (1-based).
    public func hopFeeIndex(_ hop: Int) -> Int { Input.allCases.count + hop - 1 }

    /// The index of the first delivered-share output.
    public var deliveredOffset: Int { 4 }
    /// The index of the first output of the split of 100 USD.
    public var splitOffset: Int { 4 + hops }
    /// The index of the first output of the split of the annual flow.
    public var flowOffset: Int { 8 + hops }
    /// The index of the first output about one family.
    public var familyOffset: Int { 13 + hops }

    /// 16 + `hops` outputs.
    public var outputCount: Int { 16 + hops }
    /// Three scratch columns: the delivered share, the share after the brokers, a family's annual amount.
    public var scratchCount: Int { 3 }

    /// Computes every output, one vectorisable loop each.
    public func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count n: Int, into y: UnsafeMutablePointer<Double>) {
        func input(_ i: Input) -> UnsafeMutablePointer<Double> { x + i.rawValue * stride }
        func output(_ k: Int) -> UnsafeMutablePointer<Double> { y + k * stride }
        let population = input(.skPopulation), share = input(.skShareSending), amount = input(.skTransferAmount)
        let times = input(.skTransfersPerYear)
        let broker = input(.brokerFee), state = input(.stateFee), loss = input(.exchangeLoss)
        let delivered = output(outputCount), afterBrokers = output(outputCount + 1), annual = output(outputCount + 2)

        // Models 1–3.
        let gross = output(0), survey = output(1), china = output(2), total = output(3)
        for j in 0..<n { gross[j] = population[j] * share[j] * amount[j] * times[j] }
        let surveyShare = input(.surveyShareSending), surveyAmount = input(.surveyAnnualAmount)
        for j in 0..<n { survey[j] = population[j] * surveyShare[j] * surveyAmount[j] }
        let cnPopulation = input(.cnPopulation), cnShare = input(.cnShareSending), cnAmount = input(.cnAnnualAmount)
        for j in 0..<n { china[j] = cnPopulation[j] * cnShare[j] * cnAmount[j] }
        for j in 0..<n { total[j] = gross[j] + china[j] }

        // Model 5: each hop keeps (1 − fee) of what reaches it, after the exchange-rate loss.
        let firstFee = x + hopFeeIndex(1) * stride, first = output(deliveredOffset)
        for j in 0..<n { first[j] = (1 - loss[j]) * (1 - firstFee[j]) }
        for hop in 1..<hops {
            let fee = x + hopFeeIndex(hop + 1) * stride, previous = output(deliveredOffset + hop - 1),
                current = output(deliveredOffset + hop)
            for j in 0..<n { current[j] = previous[j] * (1 - fee[j]) }
        }

        // Models 6 and 7: the chain.
        for j in 0..<n {
            afterBrokers[j] = 1 - broker[j]
            delivered[j] = afterBrokers[j] * (1 - state[j]) * (1 - loss[j])
            annual[j] = amount[j] * times[j]
        }
        let splitFamily = output(splitOffset), splitBrokers = output(splitOffset + 1)
        let splitState = output(splitOffset + 2), splitExchange = output(splitOffset + 3)
        for j in 0..<n {
            splitFamily[j] = 100 * delivered[j]
            splitBrokers[j] = 100 * broker[j]
            splitState[j] = 100 * (afterBrokers[j] * state[j])
            splitExchange[j] = 100 * (afterBrokers[j] * (1 - state[j]) * loss[j])
        }
        let flowFamily = output(flowOffset), flowBrokers = output(flowOffset + 1), flowState = output(flowOffset + 2)
        let flowExchange = output(flowOffset + 3), flowGain = output(flowOffset + 4)
        let keep = 1 - targetCost
        for j in 0..<n {
            flowFamily[j] = gross[j] * delivered[j]
            flowBrokers[j] = gross[j] * broker[j]
            flowState[j] = gross[j] * (afterBrokers[j] * state[j])
            flowExchange[j] = gross[j] * (afterBrokers[j] * (1 - state[j]) * loss[j])
            flowGain[j] = gross[j] * (keep - delivered[j])
        }
        let familySent = output(familyOffset), familyReceived = output(familyOffset + 1), familyLost = output(familyOffset + 2)
        for j in 0..<n {
            familySent[j] = annual[j]
            familyReceived[j] = annual[j] * delivered[j]
            familyLost[j] = annual[j] * (1 - delivered[j])
        }
    }
}
