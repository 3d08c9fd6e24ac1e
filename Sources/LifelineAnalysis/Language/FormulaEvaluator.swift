import LifelineData

/// Evaluates a formula tree directly, one value at a time: the reference the compiled ``CompiledProgram`` is
/// tested against. It uses the same elementwise operations (``ColumnOp/Code/apply(_:_:)``) in the order the tree
/// states them, and folds `min`/`max` of several values from the left.
public enum FormulaEvaluator {
    /// The value of `node`, with `value(id, copy)` giving each reference's value.
    public static func evaluate(_ node: FormulaNode, _ value: (String, Int?) -> Double) -> Double {
        switch node.kind {
        case .number(let number), .quantity(let number, _):
            return number
        case .reference(let id, let copy):
            return value(id, copy)
        case .negate(let operand):
            return ColumnOp.Code.negate.apply(evaluate(operand, value), 0)
        case .binary(let op, let left, let right, _):
            let a = evaluate(left, value)
            return ColumnOp.Code(op).apply(a, evaluate(right, value))
        case .call(let function, let arguments):
            var result = evaluate(arguments[0], value)
            for argument in arguments.dropFirst() {
                result = ColumnOp.Code(function).apply(result, evaluate(argument, value))
            }
            return result
        }
    }
}
