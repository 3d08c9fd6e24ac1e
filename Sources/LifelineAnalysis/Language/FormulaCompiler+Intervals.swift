import Foundation
import LifelineData

extension FormulaCompiler {
    /// The values `node` can take when every input stays in its support, reporting divisors that can be zero and
    /// powers that can fail; `nil` where not known. `models` holds the intervals of the models checked so far.
    mutating func interval(_ node: FormulaNode, model: Int, formula: Formula, models: [ModelFacts?]) -> ValueInterval? {
        func recurse(_ node: FormulaNode) -> ValueInterval? { interval(node, model: model, formula: formula, models: models) }
        switch node.kind {
        case .number(let value), .quantity(let value, _):
            return ValueInterval(value, value)
        case .reference(let id, _):
            if case .model(let used) = symbols[id] { return models[used]?.interval }
            return distribution(of: id).map { ValueInterval($0.support.lowerBound, $0.support.upperBound) }
        case .negate(let operand):
            return recurse(operand).map { -$0 }
        case .binary(let op, let left, let right, _):
            let a = recurse(left), b = recurse(right)
            guard let a, let b else { return nil }
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide:
                if b.containsZero {
                    report(
                        model: model, at: right.range.lowerBound,
                        "the divisor `\(formula.source(of: right))` can be zero: it ranges from \(Self.number(b.low)) to \(Self.number(b.high))",
                        hint: "Divide by something that cannot reach 0 (narrow its inputs' ranges), or guard it, e.g. `max(x, 0.01)`.")
                    return nil
                }
                return a / b
            case .power:
                if a.containsZero, b.low < 0 {
                    report(
                        model: model, at: left.range.lowerBound,
                        "`\(formula.source(of: left))` can be zero, and a negative power of zero divides by zero",
                        hint: "Raise something that cannot reach 0, or use a power of 0 or more.")
                    return nil
                }
                if a.low < 0, Self.wholeNumber(right) == nil, !(b.low == b.high && b.low == b.low.rounded()) {
                    report(
                        model: model, at: left.range.lowerBound,
                        "`\(formula.source(of: left))` can be negative (down to \(Self.number(a.low))), and a fractional power of a negative number is not a number",
                        hint: "Raise something that cannot go below 0, or use a whole-number exponent.")
                    return nil
                }
                return .power(a, b)
            }
        case .call(let function, let arguments):
            var result = recurse(arguments[0])
            for argument in arguments.dropFirst() {
                let next = recurse(argument)
                guard let current = result, let next else { result = nil; continue }
                result = function == .min ? .minimum(current, next) : .maximum(current, next)
            }
            return result
        }
    }

    /// A bound as messages write it, to six significant digits: `0`, `-0.3`, `3.4e+06`, `-inf`.
    static func number(_ value: Double) -> String { String(format: "%g", value) }
}
