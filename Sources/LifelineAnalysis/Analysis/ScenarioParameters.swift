/// The settings of the derived results that the data does not declare yet: the erosion curves' grid and hops.
/// The model parameters (China's share and amount, the
/// exchange-rate loss) are `parameters` in the data file.
public struct ScenarioParameters: Sendable, Equatable, Codable {
    /// The largest number of intermediaries in the fee-erosion curves. Default 3.
    public var maximumHops: Int
    /// The largest fee rate on the erosion curves' horizontal axis. Default 0.8.
    public var curveMaximumFee: Double
    /// The step between points of the erosion curves. Default 0.01.
    public var curveStep: Double

    /// Creates parameters; every argument has the documented default.
    public init(maximumHops: Int = 3, curveMaximumFee: Double = 0.8, curveStep: Double = 0.01) {
        self.maximumHops = maximumHops
        self.curveMaximumFee = curveMaximumFee
        self.curveStep = curveStep
    }

    /// Checks every parameter, naming the first bad one.
    public func validate() throws(AnalysisError) {
        guard (1...10).contains(maximumHops) else {
            throw .invalidOption(name: "maximum hops", value: "\(maximumHops)", reason: "use 1 to 10 intermediaries")
        }
        guard curveMaximumFee > 0, curveMaximumFee <= 1, curveStep > 0, curveStep <= curveMaximumFee else {
            throw .invalidOption(
                name: "erosion curve grid", value: "0…\(curveMaximumFee) step \(curveStep)",
                reason: "the largest fee must be in (0, 1] and the step positive and no larger")
        }
    }
}
