/// The full account of one transfer through a chain: each hop, the exchange loss, what arrives.
///
/// JSON keys: `sent`, `steps` (``ErosionStep``), `exchangeLoss` (rate), `exchangeLossAmount`, `delivered`,
/// `deliveredShare`.
public struct ErosionTrace: Codable, Sendable, Equatable {
    /// The amount sent.
    public var sent: Double
    /// Each intermediary in turn.
    public var steps: [ErosionStep]
    /// The exchange-rate loss rate.
    public var exchangeLoss: Double
    /// The amount the exchange rate took.
    public var exchangeLossAmount: Double
    /// What reaches the family.
    public var delivered: Double
    /// `delivered / sent`.
    public var deliveredShare: Double

    /// Creates a trace.
    public init(
        sent: Double, steps: [ErosionStep], exchangeLoss: Double, exchangeLossAmount: Double, delivered: Double,
        deliveredShare: Double
    ) {
        self.sent = sent
        self.steps = steps
        self.exchangeLoss = exchangeLoss
        self.exchangeLossAmount = exchangeLossAmount
        self.delivered = delivered
        self.deliveredShare = deliveredShare
    }

    /// Everything the intermediaries took.
    public var totalTaken: Double { steps.reduce(0) { $0 + $1.taken } }
}
