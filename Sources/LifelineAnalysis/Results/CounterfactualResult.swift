/// Model 7: what families would receive if remittance costs met UN SDG target 10.c (below 3 %), against
/// what today's fees and losses leave them.
///
/// JSON keys: `targetFigureID`, `targetCost` (0.03), `corridorLimitFigureID` and `corridorLimit` (0.05; absent
/// when the data has no such figure), `currentCost` (``Interval`` of the share lost today), `timesTarget`
/// (today's median cost divided by the target), `flowReceived`, `flowReceivedAtTarget`, `flowGain` (USD a
/// year for the whole South Korea flow), `familySent`, `familyReceived`, `familyReceivedAtTarget`, `familyGain`
/// (USD a year for one family), `cumulative` (``CumulativeYear`` for years 1 … N).
public struct CounterfactualResult: Codable, Sendable, Equatable {
    /// The registry figure with the target.
    public var targetFigureID: String
    /// The target cost share.
    public var targetCost: Double
    /// The registry figure with the corridor limit.
    public var corridorLimitFigureID: String?
    /// The corridor limit.
    public var corridorLimit: Double?
    /// The share of each transfer lost to fees and exchange rates today.
    public var currentCost: Interval
    /// Today's median cost as a multiple of the target.
    public var timesTarget: Double
    /// What the South Korea flow delivers to families today, USD a year.
    public var flowReceived: Interval
    /// What it would deliver at the target, USD a year.
    public var flowReceivedAtTarget: Interval
    /// The difference, USD a year.
    public var flowGain: Interval
    /// What one family's sender sends, USD a year.
    public var familySent: Interval
    /// What the family receives today, USD a year.
    public var familyReceived: Interval
    /// What it would receive at the target, USD a year.
    public var familyReceivedAtTarget: Interval
    /// Cumulative receipts, year by year.
    public var cumulative: [CumulativeYear]

    /// Creates the result.
    public init(
        targetFigureID: String, targetCost: Double, corridorLimitFigureID: String?, corridorLimit: Double?,
        currentCost: Interval, timesTarget: Double, flowReceived: Interval, flowReceivedAtTarget: Interval,
        flowGain: Interval, familySent: Interval, familyReceived: Interval, familyReceivedAtTarget: Interval,
        cumulative: [CumulativeYear]
    ) {
        self.targetFigureID = targetFigureID
        self.targetCost = targetCost
        self.corridorLimitFigureID = corridorLimitFigureID
        self.corridorLimit = corridorLimit
        self.currentCost = currentCost
        self.timesTarget = timesTarget
        self.flowReceived = flowReceived
        self.flowReceivedAtTarget = flowReceivedAtTarget
        self.flowGain = flowGain
        self.familySent = familySent
        self.familyReceived = familyReceived
        self.familyReceivedAtTarget = familyReceivedAtTarget
        self.cumulative = cumulative
    }
}
