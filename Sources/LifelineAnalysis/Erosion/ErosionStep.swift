/// One intermediary in a chain: what reached it, what it took, what it passed on.
///
/// JSON keys: `hop`, `intermediary`, `fee`, `received`, `taken`, `passedOn`.
public struct ErosionStep: Codable, Sendable, Equatable {
    /// 1-based position in the chain.
    public var hop: Int
    /// Who this is, e.g. `broker in China`.
    public var intermediary: String
    /// Its fee rate (0…1).
    public var fee: Double
    /// The amount that reached it.
    public var received: Double
    /// The amount it kept.
    public var taken: Double
    /// The amount it passed on.
    public var passedOn: Double

    /// Creates a step.
    public init(hop: Int, intermediary: String, fee: Double, received: Double, taken: Double, passedOn: Double) {
        self.hop = hop
        self.intermediary = intermediary
        self.fee = fee
        self.received = received
        self.taken = taken
        self.passedOn = passedOn
    }
}
