/// A node of a parsed formula, with the range of the formula text it was read from.
public struct FormulaNode: Sendable, Equatable {
    /// What the node computes.
    public indirect enum Kind: Sendable, Equatable {
        /// A number written in the formula.
        case number(Double)
        /// A number written with a unit (`100 USD`, `3 people`): a constant of presentation with its own unit, not
        /// an assumption; unlike a bare number it does not take the unit of what it is added to.
        case quantity(Double, MeasureUnit)
        /// An id: a figure, parameter, pool or model; `copy` is `k` for the independent copy `id@k`.
        case reference(String, copy: Int?)
        /// `-operand`.
        case negate(FormulaNode)
        /// `left op right`; `operatorOffset` is where the operator is written.
        case binary(FormulaOperator, FormulaNode, FormulaNode, operatorOffset: Int)
        /// `function(arguments…)`, at least two arguments.
        case call(FormulaFunction, [FormulaNode])
    }

    /// What the node computes.
    public var kind: Kind
    /// The Unicode scalars of the formula text it covers.
    public var range: Range<Int>

    /// Creates a node.
    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The offset a problem with this node points at: the operator of a binary node, its first character otherwise.
    public var offset: Int {
        if case .binary(_, _, _, let operatorOffset) = kind { return operatorOffset }
        return range.lowerBound
    }

    /// Every reference in the formula, in the order they are written (repeats included).
    public var references: [(id: String, copy: Int?, node: FormulaNode)] {
        var found: [(id: String, copy: Int?, node: FormulaNode)] = []
        visit { node in
            if case .reference(let id, let copy) = node.kind { found.append((id, copy, node)) }
        }
        return found
    }

    /// Calls `body` on this node and every node below it, left to right, parents first.
    public func visit(_ body: (FormulaNode) -> Void) {
        body(self)
        switch kind {
        case .number, .quantity, .reference: break
        case .negate(let operand): operand.visit(body)
        case .binary(_, let left, let right, _):
            left.visit(body)
            right.visit(body)
        case .call(_, let arguments): arguments.forEach { $0.visit(body) }
        }
    }
}
