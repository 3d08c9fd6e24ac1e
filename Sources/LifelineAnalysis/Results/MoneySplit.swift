/// Model 6: where the money goes. Each 100 USD sent is split into what the family, the brokers, the state and
/// the exchange rate get; and the same split of the whole annual flow from South Korea (model 1).
///
/// The four slices of one draw add up to the amount sent; their medians need not (medians do not add).
///
/// JSON keys: `amount` (100), `perAmount` and `annual` (arrays of ``SplitPart`` in the order family, brokers,
/// state, exchange loss), `stateFeeOnEveryTransfer` (whether the state's fee is taken
/// after the brokers'; the templates say the order in which costs are taken).
public struct MoneySplit: Codable, Sendable, Equatable {
    /// The amount split: 100 USD.
    public var amount: Double
    /// The split of `amount`.
    public var perAmount: [SplitPart]
    /// The split of the annual flow from South Korea, USD a year.
    public var annual: [SplitPart]
    /// Whether the state takes its fee from what the brokers leave.
    public var stateFeeOnEveryTransfer: Bool

    /// Creates a split.
    public init(amount: Double, perAmount: [SplitPart], annual: [SplitPart], stateFeeOnEveryTransfer: Bool) {
        self.amount = amount
        self.perAmount = perAmount
        self.annual = annual
        self.stateFeeOnEveryTransfer = stateFeeOnEveryTransfer
    }
}
