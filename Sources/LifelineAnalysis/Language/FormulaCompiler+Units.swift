import LifelineData

extension FormulaCompiler {
    /// The dimension of `node` in model `model`'s formula, reporting every place where units cannot combine;
    /// `nil` where it is not known (an error below it, or an unknown id), so one mistake is reported once.
    mutating func dimension(_ node: FormulaNode, model: Int, formula: Formula) -> Dimension? {
        switch node.kind {
        case .number:
            return .number
        case .quantity(_, let unit):
            return Dimension(unit: unit.rawValue)
        case .reference(let id, _):
            return unit(of: id).map(Dimension.init(unit:))
        case .negate(let operand):
            return dimension(operand, model: model, formula: formula)
        case .binary(let op, let left, let right, _):
            let a = dimension(left, model: model, formula: formula), b = dimension(right, model: model, formula: formula)
            guard let a, let b else { return nil }
            switch op {
            case .add, .subtract:
                if Self.isNumber(left) { return b }
                if Self.isNumber(right) { return a }
                guard a == b else {
                    report(
                        model: model, at: node.offset,
                        "`\(op.rawValue)` needs one unit on both sides, but `\(formula.source(of: left))` is \(a) and `\(formula.source(of: right))` is \(b)",
                        hint: "Add or subtract only quantities of the same unit; multiply by a rate to convert.")
                    return nil
                }
                return a
            case .multiply, .divide:
                return combined(op == .multiply ? a * b : a / b, node, model: model, formula: formula)
            case .power:
                guard b.isNumber else {
                    report(
                        model: model, at: right.range.lowerBound,
                        "an exponent must be a plain number, but `\(formula.source(of: right))` is \(b)",
                        hint: "Raise to a number or a share, not to a quantity with a unit.")
                    return nil
                }
                if a.isNumber { return .number }
                guard let n = Self.wholeNumber(right) else {
                    report(
                        model: model, at: right.range.lowerBound,
                        "`\(formula.source(of: left))` is \(a), so its exponent must be a whole number written in the formula",
                        hint: "Write the exponent as a number such as 2, or raise a plain number instead.")
                    return nil
                }
                return combined(a.power(n), node, model: model, formula: formula)
            }
        case .call(let function, let arguments):
            let dimensions = arguments.map { dimension($0, model: model, formula: formula) }
            // Numbers written in the formula take the unit of the other values.
            let measured = zip(arguments, dimensions).filter { !Self.isNumber($0.0) }
            guard let (firstArgument, firstDimension) = measured.first else { return .number }
            guard let first = firstDimension else { return nil }
            for (argument, other) in measured.dropFirst() {
                guard let other else { return nil }
                if other != first {
                    report(
                        model: model, at: argument.range.lowerBound,
                        "`\(function.rawValue)` needs one unit in every value, but `\(formula.source(of: firstArgument))` is \(first) and `\(formula.source(of: argument))` is \(other)",
                        hint: "Compare only quantities of the same unit.")
                    return nil
                }
            }
            return first
        }
    }

    /// `dimension` if a unit can have it; otherwise reports that the product makes no sense.
    mutating func combined(_ dimension: Dimension, _ node: FormulaNode, model: Int, formula: Formula) -> Dimension? {
        guard dimension.isUnitLike else {
            report(
                model: model, at: node.offset, "`\(formula.source(of: node))` gives \(dimension), which no quantity has",
                hint: "Check that each factor is the quantity you mean (USD × share, not USD × USD).")
            return nil
        }
        return dimension
    }

    /// Whether a node is a number written in the formula without a unit (or arithmetic on such numbers only): such
    /// a number takes the unit of what it is added to, subtracted from or compared with (`amount + 100`,
    /// `min(amount, 5000)`). A number written with a unit (`100 USD`) has that unit.
    static func isNumber(_ node: FormulaNode) -> Bool {
        switch node.kind {
        case .number: true
        case .quantity, .reference: false
        case .negate(let operand): isNumber(operand)
        case .binary(_, let left, let right, _): isNumber(left) && isNumber(right)
        case .call(_, let arguments): arguments.allSatisfy(isNumber)
        }
    }

    /// The whole number a node writes (`2`, `-1`), or `nil`.
    static func wholeNumber(_ node: FormulaNode) -> Int? {
        switch node.kind {
        case .number(let value) where value == value.rounded() && abs(value) <= 64: Int(value)
        case .negate(let operand): wholeNumber(operand).map { -$0 }
        default: nil
        }
    }
}
