/// What a figure's number counts. The data file spells each unit exactly as `rawValue`.
public enum MeasureUnit: String, Sendable, CaseIterable {
    /// A number of people.
    case people
    /// A number of things other than people (visas, transfers).
    case count
    /// An amount in US dollars.
    case usd = "USD"
    /// US dollars per year.
    case usdPerYear = "USD/year"
    /// A share, stored as a fraction from 0 to 1 and shown as a percentage.
    case share
    /// How many times something happens per year.
    case timesPerYear = "times/year"
    /// A price expressed in months of a worker's pay.
    case monthsOfPay = "months of pay"

    /// Whether the number is a money amount.
    public var isMoney: Bool { self == .usd || self == .usdPerYear }

    /// Why `value` cannot be a number in this unit, if it cannot. The one statement of the rule: the loader reports
    /// it at its line, and the analysis refuses a registry built in code that breaks it.
    public func problem(with value: FigureValue) -> ValueProblem? {
        if self == .share, value.low < 0 || value.high > 1 { return .shareOutsideZeroToOne }
        return value.low < 0 ? .negative : nil
    }

    /// What can be wrong with a figure's number whatever its source says: see ``problem(with:)``.
    public enum ValueProblem: Sendable, Equatable {
        /// A share below 0 or above 1 (30 % is stored as 0.3).
        case shareOutsideZeroToOne
        /// A negative number: every unit counts people, things, money, time or shares.
        case negative
    }
}
