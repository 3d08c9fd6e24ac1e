/// A curve declared in the data: some models' values as one input they reach (`over`) runs along a grid, every
/// other input held where the tornado holds it. The analysis evaluates each model at each grid value; a chart of
/// `kind: curve` draws it.
public struct CurveDeclaration: Sendable, Equatable {
    /// The id charts use (`curve: ID`), e.g. `fee-erosion`.
    public var id: String
    /// The short name a reader may see; the id when the data gives none.
    public var name: String?
    /// The figure, parameter or pool that runs along the grid (every copy of it).
    public var over: DeclaredReference
    /// The values `over` takes.
    public var grid: CurveGrid
    /// The models drawn, in the order written; each must reach `over`.
    public var models: [DeclaredReference]
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration.
    public init(
        id: String, name: String? = nil, over: DeclaredReference, grid: CurveGrid, models: [DeclaredReference],
        position: TextPosition
    ) {
        self.id = id
        self.name = name
        self.over = over
        self.grid = grid
        self.models = models
        self.position = position
    }
}
