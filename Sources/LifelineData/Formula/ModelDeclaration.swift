/// A model declared in the data: an id, the name a reader sees, a unit, and a formula over figure, parameter, pool
/// and model ids (see ``FormulaParser`` for the grammar).
public struct ModelDeclaration: Sendable, Equatable {
    /// The id templates and other formulas use, e.g. `sk-gross-flow`.
    public var id: String
    /// The name a reader sees.
    public var name: String
    /// The unit of the result, spelt as in the data, e.g. `USD/year`; the formula's units must give it.
    public var unit: String
    /// The formula, as written.
    public var formula: String
    /// Where the formula's first character is in the data file (not the key or an opening quote).
    public var formulaPosition: TextPosition
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration; the declaration starts where its formula does unless told otherwise.
    public init(id: String, name: String, unit: String, formula: String, formulaPosition: TextPosition, position: TextPosition? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.formula = formula
        self.formulaPosition = formulaPosition
        self.position = position ?? formulaPosition
    }
}
