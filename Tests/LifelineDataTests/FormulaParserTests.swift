import Foundation
import Testing

@testable import LifelineData

/// The formula language's syntax: precedence, numbers, ids and copies, offsets, and every syntax error at once,
/// as the user sees it (golden text with file, line and column inside the formula).
@Suite struct FormulaParserTests {
    /// The tree as a fully parenthesised prefix expression, e.g. `(* a (+ b 2))`.
    static func shape(_ node: FormulaNode) -> String {
        switch node.kind {
        case .number(let value): return "\(value)"
        case .quantity(let value, let unit): return "[\(value) \(unit.rawValue)]"
        case .reference(let id, let copy): return copy.map { "\(id)@\($0)" } ?? id
        case .negate(let operand): return "(neg \(shape(operand)))"
        case .binary(let op, let left, let right, _): return "(\(op.rawValue) \(shape(left)) \(shape(right)))"
        case .call(let function, let arguments): return "(\(function.rawValue) " + arguments.map(shape).joined(separator: " ") + ")"
        }
    }

    /// The shape of `text`'s tree.
    static func shape(_ text: String) throws -> String { shape(try Formula(text).root) }

    /// Every problem in `text`, as the diagnostics a formula at line 12, column 14 of `data.yaml` gives.
    static func errors(_ text: String) -> [String] {
        do {
            _ = try FormulaParser.parse(text)
            return []
        } catch {
            let position = TextPosition(file: "data.yaml", line: 12, column: 14)
            return error.problems.map { position.diagnostic($0, in: text).description }
        }
    }

    @Test func powerBindsTighterThanMinusWhichBindsTighterThanProducts() throws {
        #expect(try Self.shape("a + b * c ^ d ^ e") == "(+ a (* b (^ c (^ d e))))")
        #expect(try Self.shape("-a ^ 2") == "(neg (^ a 2.0))")
        #expect(try Self.shape("a * -b") == "(* a (neg b))")
        #expect(try Self.shape("2 ^ -1") == "(^ 2.0 (neg 1.0))")
    }

    @Test func productsAndSumsGroupFromTheLeftAsWritten() throws {
        #expect(try Self.shape("a / b * c") == "(* (/ a b) c)")
        #expect(try Self.shape("a - b - c") == "(- (- a b) c)")
        #expect(
            try Self.shape("sk-defector-population * sk-share-sending * sk-transfer-amount * sk-transfers-per-year")
                == "(* (* (* sk-defector-population sk-share-sending) sk-transfer-amount) sk-transfers-per-year)")
        #expect(try Self.shape("(1 - x) * (1 - fee@1)") == "(* (- 1.0 x) (- 1.0 fee@1))")
    }

    @Test func hyphensBelongToIdsSoAMinusBetweenIdsNeedsSpaces() throws {
        #expect(try Self.shape("a-b") == "a-b")
        #expect(try Self.shape("a - b") == "(- a b)")
        #expect(try Self.shape("a -b") == "(- a b)")
        #expect(try Self.shape("a- b") == "(- a b)")
        #expect(try Self.shape("x-1") == "x-1")
    }

    @Test func numbersPercentagesAndTypographicOperators() throws {
        #expect(try Self.shape("1_000 + 1e6 + 0.03") == "(+ (+ 1000.0 1000000.0) 0.03)")
        #expect(try Self.shape("3%") == "0.03")
        #expect(try Self.shape("0.1%") == "0.001")
        #expect(try Self.shape("2.5e1%") == "0.25")
        #expect(try Self.shape("a × b ÷ c − d") == "(- (/ (* a b) c) d)")
        #expect(try Self.shape("min(a, b, 2)") == "(min a b 2.0)")
        #expect(try Self.shape("max(fee@1, fee@12)") == "(max fee@1 fee@12)")
    }

    @Test func aNumberFollowedByAUnitNameIsOneLiteralTheLongestNameThatEndsTheWord() throws {
        #expect(try Self.shape("100 USD * fee") == "(* [100.0 USD] fee)")
        #expect(try Self.shape("1200 USD/year") == "[1200.0 USD/year]")
        #expect(try Self.shape("1_200   USD/year - x") == "(- [1200.0 USD/year] x)")
        #expect(try Self.shape("2 months of pay") == "[2.0 months of pay]")
        #expect(try Self.shape("2 months\n  of pay") == "[2.0 months of pay]")
        #expect(try Self.shape("3 people * 5% share") == "(* [3.0 people] [0.05 share])")
        #expect(try Self.shape("100 USD / sk-population") == "(/ [100.0 USD] sk-population)")
        #expect(try Self.shape("(100 USD)/sk-population") == "(/ [100.0 USD] sk-population)")
        #expect(try Self.shape("-1 count") == "(neg [1.0 count])")
        #expect(try Self.shape("max(2 times/year, x)") == "(max [2.0 times/year] x)")
        let formula = try Formula("a * 100 USD/year")
        guard case .binary(_, _, let right, _) = formula.root.kind else {
            Issue.record("expected a product")
            return
        }
        #expect(formula.source(of: right) == "100 USD/year")
    }

    @Test func goldenAnUnknownUnitAfterANumberSuggestsTheNearestUnit() {
        let units =
            "A number may carry one of the units `people`, `count`, `USD`, `USD/year`, `share`, `times/year`, "
            + "`months of pay`; to multiply it by an id, write `*` between them."
        #expect(
            Self.errors("100 usd * fee") == [
                "data.yaml:12:18: error: unknown unit `usd` after the number `100`. Did you mean `USD`? \(units)"
            ])
        #expect(
            Self.errors("100 USD/sk-population + 2 peple") == [
                "data.yaml:12:18: error: unknown unit `USD/sk-population` after the number `100`."
                    + " A unit ends at a space: to divide 100 USD by `sk-population`, put spaces around `/`: `100 USD / sk-population`.",
                "data.yaml:12:40: error: unknown unit `peple` after the number `2`. Did you mean `people`? \(units)",
            ])
        #expect(
            Self.errors("2 fee") == ["data.yaml:12:16: error: unknown unit `fee` after the number `2`. \(units)"])
        #expect(
            Self.errors("100 USDs") == ["data.yaml:12:18: error: unknown unit `USDs` after the number `100`. Did you mean `USD`? \(units)"])
    }

    @Test func everyNodeKnowsWhereItWasWritten() throws {
        let formula = try Formula("(sk-share-sending * 2) - fee@3")
        guard case .binary(.subtract, let left, let right, let minus) = formula.root.kind else {
            Issue.record("expected a subtraction")
            return
        }
        #expect(formula.root.range == 0..<30)
        #expect(minus == 23)
        #expect(left.range == 0..<22)
        #expect(left.offset == 18)
        #expect(right.range == 25..<30)
        #expect(formula.source(of: left) == "(sk-share-sending * 2)")
        #expect(formula.source(of: right) == "fee@3")
    }

    @Test func idsAreLowercaseWordsJoinedByHyphens() {
        #expect(Formula.isID("sk-share-sending"))
        #expect(Formula.isID("a1"))
        #expect(!Formula.isID("Sk-share"))
        #expect(!Formula.isID("a-"))
        #expect(!Formula.isID("1a"))
        #expect(!Formula.isID("a b"))
        #expect(!Formula.isID("a@1"))
    }

    @Test func goldenEveryProblemOfOneFormulaAtOnce() {
        #expect(
            Self.errors("(a + * b) ) & Sk_x@0") == [
                "data.yaml:12:19: error: expected a number, an id or `(` before `*`. Write a value on each side of an operator, e.g. `a * b`.",
                "data.yaml:12:24: error: `)` without a matching `(`. Remove it, or add `(` where the group starts.",
                "data.yaml:12:26: error: unexpected character `&` in the formula. A formula uses numbers, ids, + - * / ^, parentheses, min(…) and max(…).",
                "data.yaml:12:28: error: `Sk_x` is not an id. Ids are lowercase letters, digits and hyphens, starting with a letter: write `sk-x`.",
                "data.yaml:12:33: error: copy numbers start at 1. Write `sk-x@1` for the first independent copy of `sk-x`.",
            ])
    }

    @Test func goldenMissingValuesOperatorsAndParentheses() {
        #expect(
            Self.errors("") == [
                "data.yaml:12:14: error: the formula is empty. Write arithmetic over ids and numbers, e.g. `a * b`."
            ])
        #expect(
            Self.errors("a +") == [
                "data.yaml:12:17: error: the formula ends where a value is expected. Finish it with a number or an id after the last operator."
            ])
        #expect(
            Self.errors("2a * (b") == [
                "data.yaml:12:15: error: no operator between `2` and `a`. Write +, -, * or / between two values, e.g. `a * b`.",
                "data.yaml:12:19: error: this `(` is never closed. Add `)` where the group ends.",
            ])
        #expect(
            Self.errors("1e + fee@") == [
                "data.yaml:12:14: error: `1e` is not a number. Write a number as 100, 0.03, 1e6, 1_000 or 3%.",
                "data.yaml:12:22: error: `@` must be followed by a copy number. Write `fee@1`, `fee@2`, … for independent copies of `fee`.",
            ])
    }

    @Test func goldenFunctions() {
        #expect(
            Self.errors("sum(a, b) + min(c)") == [
                "data.yaml:12:14: error: unknown function `sum`. The functions are min(…) and max(…); to multiply, write `*`.",
                "data.yaml:12:26: error: `min` needs at least two values. Write `min(a, b)`, with a comma between the values.",
            ])
        #expect(
            Self.errors("mix(a, b)") == [
                "data.yaml:12:14: error: unknown function `mix`. Did you mean `min`? The functions are min(…) and max(…); to multiply, write `*`."
            ])
    }

    @Test func hostileFormulasAreRefusedBeforeTheyExhaustTheStack() {
        let deep = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        #expect(
            Self.errors(deep) == [
                "data.yaml:12:514: error: the formula has more than 500 parts. Split it into several models that use one another."
            ])
        #expect(
            Self.errors(String(repeating: "-", count: 100) + "a") == [
                "data.yaml:12:78: error: the formula nests more than 64 levels deep. Split it into several models that use one another."
            ])
        #expect(Self.errors(String(repeating: "a ^ ", count: 80) + "a").count == 1)
        #expect(Self.errors(String(repeating: "(", count: 70) + "a" + String(repeating: ")", count: 70)).count == 1)
    }

    @Test func positionsFollowNewlinesInABlockScalar() {
        let position = TextPosition(file: "data.yaml", line: 30, column: 7, continuationColumn: 7)
        #expect(position.location(of: 8, in: "a * b\n  + c") == (31, 9))
        #expect(position.location(of: 2, in: "a * b\n  + c") == (30, 9))
    }

    @Test func anIdIsLowercasedWithHyphensForUnderscoresAsFoundationWouldDoIt() {
        let alphabet = Array("abcxyzABCXYZ0189_-")
        var state: UInt64 = 0x853C_49E6_748F_EA9B
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let written = String(
                (0..<Int(state >> 60) + 1).map { k in alphabet[Int((state >> (UInt64(k) * 3 % 50)) % UInt64(alphabet.count))] })
            #expect(FormulaLexer.normalized(written) == written.lowercased().replacingOccurrences(of: "_", with: "-"), "\(written)")
        }
    }
}
