/// The settings of the derived results that the data does not declare yet: the erosion curves' grid and hops,
/// and the years of a family's cumulative receipts. The model parameters (China's share and amount, the
/// exchange-rate loss) are `parameters` in the data file.
public struct ScenarioParameters: Sendable, Equatable, Codable {
    /// The largest number of intermediaries in the fee-erosion curves. Default 3.
    public var maximumHops: Int
    /// Years of regular sending for a family's cumulative receipts. Default 10.
    public var years: Int
    /// The largest fee rate on the erosion curves' horizontal axis. Default 0.8.
    public var curveMaximumFee: Double
    /// The step between points of the erosion curves. Default 0.01.
    public var curveStep: Double

    /// Creates parameters; every argument has the documented default.
    public init(maximumHops: Int = 3, years: Int = 10, curveMaximumFee: Double = 0.8, curveStep: Double = 0.01) {
        self.maximumHops = maximumHops
        self.years = years
        self.curveMaximumFee = curveMaximumFee
        self.curveStep = curveStep
    }

    /// Checks every parameter, naming the first bad one.
    public func validate() throws(AnalysisError) {
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

    /// The settings as assumptions for the methodology, each marked unsourced.
    public var assumptions: [Assumption] {
        [
            Assumption(
                name: "independent inputs", value: "yes",
                description: "Inputs are drawn independently of one another; no source reports how they move together.",
                sourced: false),
            Assumption(
                name: "number of intermediaries", value: "1 to \(maximumHops)",
                description: "The feature article describes brokers in South Korea, China and North Korea; each hop's cut "
                    + "is drawn independently from the pooled fee distribution.",
                sourced: false),
            Assumption(
                name: "years of regular sending", value: "\(years)",
                description: "A family's cumulative receipts assume the same amount sent each year at the same cost.",
                sourced: false),
        ]
    }
}
