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
    /// From sources only when every input it reaches is a sourced figure (or a pool of figures) that no declared
    /// assumption is about; a scenario when it reaches a parameter or an input an assumption is about.
    public var kind: ModelKind
    /// The program inputs it reaches, directly or through other models, in the order of first use: the rows of
    /// its tornado.
    public var inputs: [Int]
    /// The ids of the declared assumptions about an input it reaches, in declaration order.
    public var assumptions: [String]
    /// Its output column in the program.
    public var output: Int

    /// The values its formula can give with every input inside its support (see ``ModelResult/bounds``).
    public var bounds: ValueInterval?

    /// Creates a compiled model.
    public init(
        id: String, name: String, unit: String, formula: Formula, kind: ModelKind, inputs: [Int], assumptions: [String] = [],
        output: Int, bounds: ValueInterval? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.formula = formula
        self.kind = kind
        self.inputs = inputs
        self.assumptions = assumptions
        self.output = output
        self.bounds = bounds
    }
}
