/// Reads a formula into a ``Formula`` tree, reporting every syntax problem it can find in one pass.
///
/// The grammar (EBNF; spaces between tokens are free, see ``FormulaLexer`` for the tokens):
///
///     formula  = sum ;
///     sum      = product , { ( "+" | "-" ) , product } ;          (* left to right *)
///     product  = unary , { ( "*" | "/" ) , unary } ;              (* left to right *)
///     unary    = "-" , unary | power ;
///     power    = primary , [ "^" , unary ] ;                      (* right to left: a ^ b ^ c = a ^ (b ^ c) *)
///     primary  = number , [ unit ] | id , [ "@" , copy ] | function , "(" , sum , "," , sum , { "," , sum } , ")"
///              | "(" , sum , ")" ;
///     function = "min" | "max" ;
///     unit     = whitespace , ( "people" | "count" | "USD" | "USD/year" | "share" | "times/year" | "months of pay" ) ;
///
/// So `-a ^ 2` is `-(a ^ 2)`, `a * -b` is allowed, and `a / b * c` is `(a / b) * c`. After a problem the parser
/// goes on where it can (a missing value, a missing operator, an unclosed or unopened parenthesis), so one run
/// lists them all; offsets are in Unicode scalars from the formula's first character.
public struct FormulaParser {
    /// The tokens, ending with ``FormulaToken/Kind/end``.
    let tokens: [FormulaToken]
    /// The formula text, for quoting tokens in messages.
    let lexer: FormulaLexer
    /// The next token to read.
    var index = 0
    /// The problems found so far.
    var problems: [FormulaProblem]
    /// How deeply the parser has recursed.
    var depth = 0
    /// Whether the parser stopped reading (too deep); no problem is recorded after that.
    var stopped = false

    /// The most tokens a formula may have: longer arithmetic belongs in several models that use one another (and
    /// every later pass over the tree recurses, so the limit also keeps hostile input from exhausting the stack).
    public static let maximumTokens = 500
    /// The deepest nesting of parentheses, calls, powers and unary minus signs a formula may have.
    public static let maximumDepth = 64

    /// Reads `text`; throws every problem found.
    public static func parse(_ text: String) throws(FormulaSyntaxError) -> Formula {
        let (tokens, lexical) = FormulaLexer.tokens(text)
        guard tokens.count <= maximumTokens else {
            throw FormulaSyntaxError([
                FormulaProblem(
                    offset: tokens[maximumTokens].range.lowerBound, message: "the formula has more than \(maximumTokens) parts",
                    hint: "Split it into several models that use one another.")
            ])
        }
        var parser = FormulaParser(tokens: tokens, lexer: FormulaLexer(text), problems: lexical)
        if tokens.count == 1 {
            parser.report(at: 0, "the formula is empty", hint: "Write arithmetic over ids and numbers, e.g. `a * b`.")
        }
        let root = parser.sequence()
        while parser.current.kind != .end {
            // A stray `)` or `,`: report it and read on.
            let stray = parser.current
            parser.index += 1
            parser.report(
                at: stray.range.lowerBound,
                stray.kind == .close ? "`)` without a matching `(`" : "`,` outside the parentheses of min(…) or max(…)",
                hint: stray.kind == .close ? "Remove it, or add `(` where the group starts." : "Remove it.")
            _ = parser.sequence()
        }
        guard parser.problems.isEmpty else {
            throw FormulaSyntaxError(parser.problems.sorted { $0.offset < $1.offset })
        }
        return Formula(text: text, root: root)
    }

    /// The next token.
    var current: FormulaToken { tokens[index] }

    /// Records a problem, once per offset.
    mutating func report(at offset: Int, _ message: String, hint: String) {
        guard !stopped, !problems.contains(where: { $0.offset == offset }) else { return }
        problems.append(FormulaProblem(offset: offset, message: message, hint: hint))
    }

    /// Whether `token` can begin a value.
    static func startsValue(_ token: FormulaToken) -> Bool {
        switch token.kind {
        case .number, .quantity, .id, .open: true
        default: false
        }
    }

    /// A sum, then further sums that lack an operator before them (each reported).
    mutating func sequence() -> FormulaNode {
        let first = sum()
        while Self.startsValue(current) {
            let before = tokens[index - 1], after = current
            report(
                at: after.range.lowerBound,
                "no operator between `\(Excerpt.of(lexer.text(before.range)))` and `\(Excerpt.of(lexer.text(after.range)))`",
                hint: "Write +, -, * or / between two values, e.g. `a * b`.")
            _ = sum()
        }
        return first
    }

    /// `product { (+|-) product }`, left to right.
    mutating func sum() -> FormulaNode { leftToRight([.add, .subtract]) { $0.product() } }

    /// `unary { (*|/) unary }`, left to right.
    mutating func product() -> FormulaNode { leftToRight([.multiply, .divide]) { $0.unary() } }

    /// `operand { op operand }` for the operators `ops`, grouped from the left as written.
    mutating func leftToRight(_ ops: [FormulaOperator], _ operand: (inout FormulaParser) -> FormulaNode) -> FormulaNode {
        var left = operand(&self)
        while case .symbol(let symbol) = current.kind, let op = ops.first(where: { $0.rawValue == symbol }) {
            let offset = current.range.lowerBound
            index += 1
            let right = operand(&self)
            left = FormulaNode(.binary(op, left, right, operatorOffset: offset), left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    /// `- unary | power`; every nesting (group, call, power, minus) passes here, so the depth is counted here.
    mutating func unary() -> FormulaNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            report(
                at: current.range.lowerBound, "the formula nests more than \(Self.maximumDepth) levels deep",
                hint: "Split it into several models that use one another.")
            stopped = true
            index = tokens.count - 1
            return FormulaNode(.number(0), current.range)
        }
        guard current.kind == .symbol("-") else { return power() }
        let start = current.range.lowerBound
        index += 1
        let operand = unary()
        return FormulaNode(.negate(operand), start..<operand.range.upperBound)
    }

    /// `primary [ ^ unary ]`, right to left.
    mutating func power() -> FormulaNode {
        let base = primary()
        guard current.kind == .symbol("^") else { return base }
        let op = current
        index += 1
        let exponent = unary()
        return FormulaNode(
            .binary(.power, base, exponent, operatorOffset: op.range.lowerBound),
            base.range.lowerBound..<exponent.range.upperBound)
    }

    /// A number, an id, a function call or a group in parentheses. Reports a missing value and stands a 0 in
    /// for it without reading on.
    mutating func primary() -> FormulaNode {
        let token = current
        switch token.kind {
        case .number(let value):
            index += 1
            return FormulaNode(.number(value), token.range)
        case .quantity(let value, let unit):
            index += 1
            return FormulaNode(.quantity(value, unit), token.range)
        case .id(let id, let copy):
            index += 1
            guard current.kind == .open else { return FormulaNode(.reference(id, copy: copy), token.range) }
            return call(id, at: token)
        case .open:
            index += 1
            let inner = sequence()
            return FormulaNode(inner.kind, token.range.lowerBound..<closing(token))
        case .end:
            report(
                at: token.range.lowerBound, "the formula ends where a value is expected",
                hint: "Finish it with a number or an id after the last operator.")
        default:
            report(
                at: token.range.lowerBound, "expected a number, an id or `(` before `\(Excerpt.of(lexer.text(token.range)))`",
                hint: "Write a value on each side of an operator, e.g. `a * b`.")
        }
        return FormulaNode(.number(0), token.range.lowerBound..<token.range.lowerBound)
    }

    /// Reads the `)` that closes the group opened at `open` and returns the end of the group; reports it missing.
    mutating func closing(_ open: FormulaToken) -> Int {
        guard current.kind == .close else {
            report(at: open.range.lowerBound, "this `(` is never closed", hint: "Add `)` where the group ends.")
            return tokens[index - 1].range.upperBound
        }
        index += 1
        return tokens[index - 1].range.upperBound
    }

    /// `name(a, b, …)` from the `(`; `name` is the id token before it.
    mutating func call(_ name: String, at token: FormulaToken) -> FormulaNode {
        let open = current
        index += 1
        var arguments = [sequence()]
        while current.kind == .comma {
            index += 1
            arguments.append(sequence())
        }
        let end = closing(open)
        let range = token.range.lowerBound..<end
        guard let function = FormulaFunction(rawValue: name) else {
            let names = FormulaFunction.allCases.map(\.rawValue)
            report(
                at: token.range.lowerBound, "unknown function `\(name)`",
                hint: Suggestion.didYouMean(name, in: names) + "The functions are min(…) and max(…); to multiply, write `*`.")
            return FormulaNode(.number(0), range)
        }
        if arguments.count < 2 {
            report(
                at: token.range.lowerBound, "`\(name)` needs at least two values",
                hint: "Write `\(name)(a, b)`, with a comma between the values.")
        }
        return FormulaNode(.call(function, arguments), range)
    }
}
