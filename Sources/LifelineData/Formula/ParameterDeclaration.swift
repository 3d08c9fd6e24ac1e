/// An assumption no source supports, declared in the data: its value or range, distribution, unit and the reason
/// the analyst gives for it. Formulas refer to it by ``id``; any model that reaches it is a scenario.
public struct ParameterDeclaration: Sendable, Equatable {
    /// The id formulas use, e.g. `cn-share-sending`.
    public var id: String
    /// The short name tables and tornado charts show; the id when the data gives none.
    public var name: String?
    /// The value or range.
    public var value: FigureValue
    /// The distribution draws come from (as for a figure: `uniform` by default for a range).
    public var distribution: DistributionSpec
    /// The unit, spelt as in the data, e.g. `share`, `USD/year`.
    public var unit: String
    /// Why the analyst assumes it: the sentence the methodology shows.
    public var why: String
    /// The name of its random stream; set it to keep the draws when you rename. Default `assumption:<id>`.
    public var stream: String?
    /// The word its independent copies' streams use: copy k draws from `<stream>:<copyStream>-k`. Default `copy`.
    public var copyStream: String?
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration.
    public init(
        id: String, name: String? = nil, value: FigureValue, distribution: DistributionSpec? = nil, unit: String, why: String,
        stream: String? = nil, copyStream: String? = nil, position: TextPosition
    ) {
        self.id = id
        self.name = name
        self.value = value
        self.distribution = distribution ?? value.defaultDistribution
        self.unit = unit
        self.why = why
        self.stream = stream
        self.copyStream = copyStream
        self.position = position
    }
}
