import LifelineData

/// One operation of the column program: `target = left ∘ right` for every draw of a chunk.
struct ColumnOp: Sendable, Equatable {
    /// Which operation.
    /// (The raw values are the operation numbers of `CKernels`' `lifeline_column_op`.)
    enum Code: Int32, Sendable, Equatable {
        /// `left + right`.
        case add = 0
        /// `left - right`.
        case subtract = 1
        /// `left * right`.
        case multiply = 2
        /// `left / right`.
        case divide = 3
        /// `left ^ right`.
        case power = 4
        /// `min(left, right)`.
        case minimum = 5
        /// `max(left, right)`.
        case maximum = 6
        /// `-left`.
        case negate = 7
        /// `left`.
        case copy = 8

        /// The operation of a binary operator.
        init(_ op: FormulaOperator) {
            switch op {
            case .add: self = .add
            case .subtract: self = .subtract
            case .multiply: self = .multiply
            case .divide: self = .divide
            case .power: self = .power
            }
        }

        /// The operation of a function, applied to two arguments at a time.
        init(_ function: FormulaFunction) {
            self = function == .min ? .minimum : .maximum
        }

        /// The kernel that computes it.
        var kernel: any ColumnKernel.Type {
            switch self {
            case .add: AddKernel.self
            case .subtract: SubtractKernel.self
            case .multiply: MultiplyKernel.self
            case .divide: DivideKernel.self
            case .power: PowerKernel.self
            case .minimum: MinimumKernel.self
            case .maximum: MaximumKernel.self
            case .negate: NegateKernel.self
            case .copy: CopyKernel.self
            }
        }

        /// The operation on one pair of values, exactly as the compiled loops compute it.
        func apply(_ a: Double, _ b: Double) -> Double { kernel.apply(a, b) }
    }

    /// Which operation.
    var code: Code
    /// The output column written (a model's, or a scratch column).
    var target: Int
    /// The first operand.
    var left: ColumnOperand
    /// The second operand (a constant 0 for `negate` and `copy`, which ignore it).
    var right: ColumnOperand
}
