import LifelineData

/// One compiled model: what the data declares, what the compiler found out (kind, inputs), and which output of
/// the ``CompiledProgram`` holds its draws.
public struct CompiledModel: Sendable, Equatable {
    /// The model's id.
    public var id: String
    /// The name a reader sees.
    public var name: String
    /// The declared unit.
    public var unit: String
    /// The parsed formula.
    public var formula: Formula
    /// From sources only when every input it reaches is a sourced figure (or a pool of figures); a scenario when it
    /// reaches a parameter.
    public var kind: ModelKind
    /// The program inputs it reaches, directly or through other models, in the order of first use: the rows of
    /// its tornado.
    public var inputs: [Int]
    /// Its output column in the program.
    public var output: Int

    /// Creates a compiled model.
    public init(id: String, name: String, unit: String, formula: Formula, kind: ModelKind, inputs: [Int], output: Int) {
        self.id = id
        self.name = name
        self.unit = unit
        self.formula = formula
        self.kind = kind
        self.inputs = inputs
        self.output = output
    }
}
