/// The registry figure ids Swift still reads by name: the benchmarks' hand-written model 1, the counterfactual's
/// SDG 10.c target and corridor limit, and the fee table's upper bound (shown, not pooled). Every model reads its
/// figures through the data's formulas.
public enum FigureID {
    /// Defectors living in South Korea (people).
    public static let skPopulation = "sk-defector-population"
    /// Share of them who send money (share, range).
    public static let skShareSending = "sk-share-sending"
    /// USD per transfer (range).
    public static let skTransferAmount = "sk-transfer-amount"
    /// Transfers per year (times/year, discrete).
    public static let skTransfersPerYear = "sk-transfers-per-year"
    /// Broker fees "up to 70%" (feature article; an upper bound, shown but not pooled).
    public static let feeFeatureUpper = "fee-feature-upper"
    /// SDG target 10.c: remittance costs below 3 %.
    public static let sdgCostTarget = "sdg-10c-cost-target"
    /// SDG target 10.c: no corridor above 5 %.
    public static let sdgCorridorLimit = "sdg-10c-corridor-limit"
}
