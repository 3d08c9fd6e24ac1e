/// One uncertain input of a model: what it is, where it comes from, and how it is distributed.
public struct ModelInput: Sendable, Equatable {
    /// A short name for tables and tornado charts, e.g. `share of defectors who send`.
    public var name: String
    /// The registry figure it is drawn from, or `nil` for an assumption or a constant.
    public var figureID: String?
    /// The unit of its values, e.g. `share`, `USD`, `people`.
    public var unit: String
    /// Its distribution.
    public var distribution: InputDistribution
    /// Whether the value comes from a source (`true`) or is a model assumption (`false`).
    public var sourced: Bool
    /// The input's identity: its random numbers come from a generator stream seeded by this key (see
    /// ``stream``), so the same input gets the same draws in every model that uses it. Defaults to the figure
    /// id, or the name for an input that is not a figure.
    public var key: String

    /// Creates an input.
    public init(name: String, figureID: String?, unit: String, distribution: InputDistribution, sourced: Bool, key: String? = nil) {
        self.name = name
        self.figureID = figureID
        self.unit = unit
        self.distribution = distribution
        self.sourced = sourced
        self.key = key ?? figureID ?? name
    }

    /// The generator stream of this input: the 64-bit FNV-1a hash of its ``key``'s UTF-8 bytes.
    public var stream: UInt64 {
        key.utf8.reduce(0xCBF2_9CE4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// A fixed number, not uncertain (e.g. 100 USD sent).
    public static func constant(_ name: String, _ value: Double, unit: String) -> ModelInput {
        ModelInput(name: name, figureID: nil, unit: unit, distribution: InputDistribution(.point(value)), sourced: false)
    }
}
