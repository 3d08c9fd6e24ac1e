/// The model parameters that no source gives. Each has a documented default and is reported as an
/// assumption (``assumptions``), never as a sourced figure; change them to explore other scenarios.
public struct ScenarioParameters: Sendable, Equatable, Codable {
    /// Share of defectors in China who send money (model 3). Default 10 %–30 %.
    public var chinaShareSending: AssumedRange
    /// USD a year each sender in China sends (model 3). Default 300–1,200.
    public var chinaAnnualAmount: AssumedRange
    /// Share of what is left that the black-market exchange rate takes (models 5–7). Default 0 %–10 %.
    public var exchangeLoss: AssumedRange
    /// The largest number of intermediaries in the fee-erosion curves (model 5). Default 3.
    public var maximumHops: Int
    /// Whether the state's fee is taken from every transfer after the brokers' (models 6–7). Default `true`.
    public var stateFeeOnEveryTransfer: Bool
    /// Years of regular sending for a family's cumulative receipts (models 5 and 7). Default 10.
    public var years: Int
    /// The largest fee rate on the erosion curves' horizontal axis. Default 0.8.
    public var curveMaximumFee: Double
    /// The step between points of the erosion curves. Default 0.01.
    public var curveStep: Double

    /// Creates parameters; every argument has the documented default.
    public init(
        chinaShareSending: AssumedRange = AssumedRange(0.1, 0.3),
        chinaAnnualAmount: AssumedRange = AssumedRange(300, 1200),
        exchangeLoss: AssumedRange = AssumedRange(0, 0.1),
        maximumHops: Int = 3,
        stateFeeOnEveryTransfer: Bool = true,
        years: Int = 10,
        curveMaximumFee: Double = 0.8,
        curveStep: Double = 0.01
    ) {
        self.chinaShareSending = chinaShareSending
        self.chinaAnnualAmount = chinaAnnualAmount
        self.exchangeLoss = exchangeLoss
        self.maximumHops = maximumHops
        self.stateFeeOnEveryTransfer = stateFeeOnEveryTransfer
        self.years = years
        self.curveMaximumFee = curveMaximumFee
        self.curveStep = curveStep
    }

    /// Checks every parameter, naming the first bad one.
    public func validate() throws(AnalysisError) {
        func share(_ name: String, _ range: AssumedRange) throws(AnalysisError) {
            guard range.low.isFinite, range.high.isFinite, range.low >= 0, range.high <= 1, range.low <= range.high else {
                throw .invalidOption(
                    name: name, value: "\(range.low)–\(range.high)", reason: "it must be a range within 0–1 with low ≤ high")
            }
        }
        try share("China share sending", chinaShareSending)
        try share("exchange-rate loss", exchangeLoss)
        guard chinaAnnualAmount.low.isFinite, chinaAnnualAmount.high.isFinite, chinaAnnualAmount.low >= 0,
            chinaAnnualAmount.low <= chinaAnnualAmount.high
        else {
            throw .invalidOption(
                name: "China annual amount", value: "\(chinaAnnualAmount.low)–\(chinaAnnualAmount.high)",
                reason: "it must be a non-negative range with low ≤ high")
        }
        guard (1...10).contains(maximumHops) else {
            throw .invalidOption(name: "maximum hops", value: "\(maximumHops)", reason: "use 1 to 10 intermediaries")
        }
        guard (1...100).contains(years) else {
            throw .invalidOption(name: "years", value: "\(years)", reason: "use 1 to 100 years")
        }
        guard curveMaximumFee > 0, curveMaximumFee <= 1, curveStep > 0, curveStep <= curveMaximumFee else {
            throw .invalidOption(
                name: "erosion curve grid", value: "0…\(curveMaximumFee) step \(curveStep)",
                reason: "the largest fee must be in (0, 1] and the step positive and no larger")
        }
    }

    /// The parameters as assumptions for the methodology, each marked unsourced.
    public var assumptions: [Assumption] {
        [
            Assumption(
                name: "share of defectors in China who send", value: BriefingFormat.shareRange(chinaShareSending),
                description: "No source surveys sending from China, where defectors live in hiding without legal work; "
                    + "assumed lower than the 20–60 % reported for South Korea. Drawn uniformly.",
                sourced: false),
            Assumption(
                name: "USD a year per sender in China", value: BriefingFormat.usdRange(chinaAnnualAmount),
                description: "No source gives amounts sent from China; assumed at or below the 2016 survey's "
                    + "USD 900–1,800 from South Korea. Drawn uniformly.",
                sourced: false),
            Assumption(
                name: "exchange-rate loss", value: BriefingFormat.shareRange(exchangeLoss),
                description: "The feature article says black-market exchange rates further erode the funds but gives no "
                    + "number; illustrative range, drawn uniformly, taken after all fees.",
                sourced: false),
            Assumption(
                name: "number of intermediaries", value: "1 to \(maximumHops)",
                description: "The feature article describes brokers in South Korea, China and North Korea; each hop's cut "
                    + "is drawn independently from the pooled fee distribution.",
                sourced: false),
            Assumption(
                name: "state fee on every transfer", value: stateFeeOnEveryTransfer ? "yes" : "no",
                description: "Whether the state's 20 % fee is taken after the brokers' commission on each transfer; the "
                    + "sources do not say whether both apply to the same transfer.",
                sourced: false),
            Assumption(
                name: "years of regular sending", value: "\(years)",
                description: "A family's cumulative receipts assume the same amount sent each year at the same cost.",
                sourced: false),
        ]
    }
}
