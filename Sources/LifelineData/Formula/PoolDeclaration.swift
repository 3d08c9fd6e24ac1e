/// A weighted mixture of figures or parameters, declared in the data: a draw first picks a part with probability
/// proportional to its weight, then a value from that part. Formulas refer to it by ``id``. A pool of figures only
/// counts as sourced; a pool with a parameter in it makes every model that reaches it a scenario.
public struct PoolDeclaration: Sendable, Equatable {
    /// The id formulas use, e.g. `fee-per-intermediary`.
    public var id: String
    /// The short name tables and tornado charts show; the id when the data gives none.
    public var name: String?
    /// The parts, in the order written.
    public var components: [PoolComponent]
    /// The unit, when the data states it; otherwise the parts' common unit.
    public var unit: String?
    /// The name of its random stream; set it to keep the draws when you rename. Default `pool:<id>`.
    public var stream: String?
    /// The word its independent copies' streams use: copy k draws from `<stream>:<copyStream>-k`. Default `copy`.
    public var copyStream: String?
    /// Why these weights: when given, the assumptions table shows the weights with this text. It does not make
    /// the models that reach the pool scenarios.
    public var why: String?
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration.
    public init(
        id: String, name: String? = nil, components: [PoolComponent], unit: String? = nil, stream: String? = nil,
        copyStream: String? = nil, why: String? = nil, position: TextPosition
    ) {
        self.id = id
        self.name = name
        self.components = components
        self.unit = unit
        self.stream = stream
        self.copyStream = copyStream
        self.why = why
        self.position = position
    }
}
