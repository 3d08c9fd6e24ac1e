import LifelineData

/// Turns formula trees into ``ColumnOp``s: each node's result goes straight into the column that needs it (the
/// model's output, or the left operand's column), and a scratch column is taken only for a right operand that is
/// itself computed. Leaves, models already computed and numbers are read where they are; a node whose operands are
/// all numbers is folded to one number with the same operations the loops use.
struct ColumnEmitter {
    /// How many models (outputs) there are; scratch column `s` is output column `outputCount + s`.
    let outputCount: Int
    /// Where each id's value is read from: an input column or a model's output column.
    let operand: (String, Int?) -> ColumnOperand
    /// The operations so far.
    var operations: [ColumnOp] = []
    /// Scratch columns in use.
    var scratchInUse = 0
    /// The most scratch columns in use at once.
    var scratchCount = 0

    /// Emits operations that leave `node`'s value in output column `target`.
    mutating func emit(_ node: FormulaNode, into target: Int) {
        if let value = direct(node) {
            operations.append(ColumnOp(code: .copy, target: target, left: value, right: .constant(0)))
            return
        }
        switch node.kind {
        case .number, .quantity, .reference:
            preconditionFailure("numbers and ids are read directly")
        case .negate(let operand):
            let value = direct(operand) ?? computed(operand, into: target)
            operations.append(ColumnOp(code: .negate, target: target, left: value, right: .constant(0)))
        case .binary(let op, let left, let right, _):
            combine(.init(op), left: direct(left) ?? computed(left, into: target), right, into: target)
        case .call(let function, let arguments):
            var value = direct(arguments[0]) ?? computed(arguments[0], into: target)
            for argument in arguments.dropFirst() {
                combine(.init(function), left: value, argument, into: target)
                value = .output(target)
            }
        }
    }

    /// Emits `target = left ∘ right`, computing `right` in a scratch column when it is not read directly.
    mutating func combine(_ code: ColumnOp.Code, left: ColumnOperand, _ right: FormulaNode, into target: Int) {
        if let value = direct(right) {
            operations.append(ColumnOp(code: code, target: target, left: left, right: value))
            return
        }
        let scratch = outputCount + scratchInUse
        scratchInUse += 1
        scratchCount = max(scratchCount, scratchInUse)
        emit(right, into: scratch)
        operations.append(ColumnOp(code: code, target: target, left: left, right: .output(scratch)))
        scratchInUse -= 1
    }

    /// Emits `node` into `target` and returns that column.
    mutating func computed(_ node: FormulaNode, into target: Int) -> ColumnOperand {
        emit(node, into: target)
        return .output(target)
    }

    /// Where `node` can be read without computing: a column, or a number (folded when every operand is one).
    func direct(_ node: FormulaNode) -> ColumnOperand? {
        switch node.kind {
        case .number(let value), .quantity(let value, _):
            return .constant(value)
        case .reference(let id, let copy):
            return operand(id, copy)
        case .negate(let operand):
            guard case .constant(let a)? = direct(operand) else { return nil }
            return .constant(ColumnOp.Code.negate.apply(a, 0))
        case .binary(let op, let left, let right, _):
            guard case .constant(let a)? = direct(left), case .constant(let b)? = direct(right) else { return nil }
            return .constant(ColumnOp.Code(op).apply(a, b))
        case .call(let function, let arguments):
            var values: [Double] = []
            for argument in arguments {
                guard case .constant(let value)? = direct(argument) else { return nil }
                values.append(value)
            }
            return .constant(values.dropFirst().reduce(values[0]) { ColumnOp.Code(function).apply($0, $1) })
        }
    }
}
