/// The settings of the derived results that the data does not declare yet: the years of a family's cumulative
/// receipts. The model parameters (China's share and amount, the
/// exchange-rate loss) are `parameters` in the data file.
public struct ScenarioParameters: Sendable, Equatable, Codable {
    /// Years of regular sending for a family's cumulative receipts. Default 10.
    public var years: Int

    /// Creates parameters; every argument has the documented default.
    public init(years: Int = 10) {
        self.years = years
    }

    /// Checks every parameter, naming the first bad one.
    public func validate() throws(AnalysisError) {
        guard (1...100).contains(years) else {
            throw .invalidOption(name: "years", value: "\(years)", reason: "use 1 to 100 years")
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
                name: "number of intermediaries", value: "1 to 3",
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
