/// What a figure's number counts. The data file spells each unit exactly as `rawValue`. Every unit is non-negative
/// (counts, amounts, frequencies, prices and shares; shares also at most 1), which the loader checks.
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
}
