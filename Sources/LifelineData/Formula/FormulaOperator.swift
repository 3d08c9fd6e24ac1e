/// A binary operator of the formula language, written between its operands.
public enum FormulaOperator: Character, Sendable, Equatable, CaseIterable {
    /// `a + b`.
    case add = "+"
    /// `a - b`.
    case subtract = "-"
    /// `a * b`.
    case multiply = "*"
    /// `a / b`.
    case divide = "/"
    /// `a ^ b`: a to the power b.
    case power = "^"

    /// How tightly it binds: `^` (3) over `* /` (2) over `+ -` (1). Unary minus sits between `^` and `* /`.
    public var precedence: Int {
        switch self {
        case .add, .subtract: 1
        case .multiply, .divide: 2
        case .power: 3
        }
    }

    /// Whether `a op b op c` groups as `a op (b op c)`: only `^`.
    public var isRightAssociative: Bool { self == .power }
}
