/// A comparison declared in the data: two estimates against each other, or a model against the range a source
/// claims. The analysis computes it as numbers, booleans and enums (higher or lower; inside, overlapping or
/// outside); templates choose the words.
public struct ComparisonDeclaration: Sendable, Equatable {
    /// The id templates use, e.g. `survey-against-feature`.
    public var id: String
    /// The short name tables show; the id when the data gives none.
    public var name: String?
    /// Which of the two forms it has.
    public var form: ComparisonForm
    /// The first estimate, or the model set against a claim.
    public var first: DeclaredReference
    /// The second estimate, or the figure that holds the claimed range.
    public var second: DeclaredReference
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration.
    public init(
        id: String, name: String? = nil, form: ComparisonForm, first: DeclaredReference, second: DeclaredReference,
        position: TextPosition
    ) {
        self.id = id
        self.name = name
        self.form = form
        self.first = first
        self.second = second
        self.position = position
    }
}
