import LifelineData
import Testing

@testable import LifelineAnalysis

/// The formula compiler as an analyst meets it: every error at once, located inside the formula (golden text),
/// warnings apart, kinds and inputs computed, streams named by rule.
@Suite struct FormulaCompilerTests {
    /// A place in `models.yaml`.
    static func at(_ line: Int, _ column: Int = 5) -> TextPosition { TextPosition(file: "models.yaml", line: line, column: column) }

    /// A model declared on `line`, its formula starting at column 14.
    static func model(_ id: String, _ unit: String, _ formula: String, line: Int) -> ModelDeclaration {
        ModelDeclaration(id: id, name: id, unit: unit, formula: formula, formulaPosition: at(line, 14), position: at(line))
    }

    /// A uniform parameter declared on `line`.
    static func parameter(
        _ id: String, _ low: Double, _ high: Double, _ unit: String, line: Int,
        stream: String? = nil
    ) -> ParameterDeclaration {
        ParameterDeclaration(id: id, value: .range(low: low, high: high), unit: unit, why: "test", stream: stream, position: at(line))
    }

    /// China's assumptions (lines 1–2) and the pool of broker fees (line 3).
    static let parameters = [
        parameter("cn-share", 0.1, 0.3, "share", line: 1),
        parameter("cn-amount", 300, 1200, "USD/year", line: 2),
    ]
    static let fees = PoolDeclaration(
        id: "fee",
        components: ["fee-dailynk-2021", "fee-scmp-usual", "fee-feature-range", "state-fee-border"].map {
            PoolComponent(id: $0, position: at(3, 12))
        }, stream: "pool:all", copyStream: "hop", position: at(3))
    static let flow = model(
        "flow", "USD/year",
        "sk-defector-population * sk-share-sending * sk-transfer-amount * sk-transfers-per-year", line: 10)
    static let china = model("china", "USD/year", "cn-defector-population * cn-share * cn-amount", line: 11)

    /// Compiles `models` with the standard parameters and pool over the test registry.
    static func compile(
        _ models: [ModelDeclaration], parameters: [ParameterDeclaration] = parameters,
        pools: [PoolDeclaration] = [fees], usedElsewhere: Set<String>? = nil
    ) -> FormulaCompilation {
        FormulaCompiler.compile(
            ModelDeclarations(parameters: parameters, pools: pools, models: models),
            registry: TestRegistry.standard, usedElsewhere: usedElsewhere)
    }

    /// The errors of compiling `models`, as printed.
    static func errors(_ models: [ModelDeclaration]) -> [String] {
        compile(models + [model("uses-all", "share", "0 * cn-share * cn-amount / cn-amount + fee", line: 99)]).errors.map(\.description)
    }

    @Test func goldenUnknownIdsSuggestTheNearestIdOrSpacesAroundAMinus() {
        #expect(
            Self.errors([
                Self.model(
                    "flow", "USD/year", "sk-defector-population * sk-share-sendin * sk-transfer-amount * sk-transfers-per-year", line: 10),
                Self.china,
                Self.model("gap", "USD/year", "flow-china + flow", line: 12),
                Self.model("other", "USD/year", "flow * zzz", line: 13),
            ]) == [
                "models.yaml:10:39: error: unknown id `sk-share-sendin`. Did you mean `sk-share-sending`? Use the id of a figure, parameter, pool or model.",
                "models.yaml:12:14: error: unknown id `flow-china`. To subtract, write `flow - china` with spaces around the minus: `flow-china` reads as one id, since ids contain hyphens.",
                "models.yaml:13:21: error: unknown id `zzz`. Use the id of a figure, parameter, pool or model.",
            ])
    }

    @Test func goldenALoopOfModelsIsNamed() {
        #expect(
            Self.errors([
                Self.model("a", "share", "0.5 * b", line: 20),
                Self.model("b", "share", "min(a, 1)", line: 21),
                Self.model("c", "share", "c", line: 22),
            ]) == [
                "models.yaml:20:20: error: models use each other in a loop: a → b → a. A model cannot use its own result, even through other models; remove one of these references.",
                "models.yaml:22:14: error: model `c` uses itself: c → c. A model cannot use its own result, even through other models; remove one of these references.",
            ])
    }

    @Test func goldenUnitsThatCannotCombine() {
        #expect(
            Self.errors([
                Self.model("sum", "USD", "sk-transfer-amount + sk-share-sending", line: 30),
                Self.model("square", "USD", "sk-transfer-amount * sk-transfer-amount / 1", line: 31),
                Self.model("per-year", "USD/year", "sk-transfer-amount * sk-share-sending", line: 32),
                Self.model("capped", "USD", "min(sk-transfer-amount, 3, sk-share-sending) + 100", line: 33),
                Self.model("power", "share", "2 ^ sk-transfer-amount", line: 34),
                Self.model("squared", "USD", "sk-transfer-amount ^ 0.5", line: 35),
            ]) == [
                "models.yaml:30:33: error: `+` needs one unit on both sides, but `sk-transfer-amount` is USD and `sk-share-sending` is a plain number. Add or subtract only quantities of the same unit; multiply by a rate to convert.",
                "models.yaml:31:33: error: `sk-transfer-amount * sk-transfer-amount` gives USD², which no quantity has. Check that each factor is the quantity you mean (USD × share, not USD × USD).",
                "models.yaml:32:14: error: the formula gives USD, but model `per-year` is declared in `USD/year`. Change the model's unit to one that is USD, or correct the formula.",
                "models.yaml:33:41: error: `min` needs one unit in every value, but `sk-transfer-amount` is USD and `sk-share-sending` is a plain number. Compare only quantities of the same unit.",
                "models.yaml:34:18: error: an exponent must be a plain number, but `sk-transfer-amount` is USD. Raise to a number or a share, not to a quantity with a unit.",
                "models.yaml:35:35: error: `sk-transfer-amount` is USD, so its exponent must be a whole number written in the formula. Write the exponent as a number such as 2, or raise a plain number instead.",
            ])
    }

    @Test func goldenANumberWithAUnitKeepsItsUnitWhereABareNumberWouldTakeTheOtherSides() {
        #expect(
            Self.errors([
                Self.model("per-year", "USD/year", "sk-transfer-amount * sk-transfers-per-year + 100 USD", line: 40),
                Self.model("split", "share", "100 USD * sk-share-sending", line: 41),
                Self.model("capped", "USD", "min(sk-transfer-amount, 5000 USD/year)", line: 42),
                Self.model("plain", "USD", "sk-transfer-amount * (1 - 3% share) + 100 USD", line: 43),
            ]) == [
                "models.yaml:40:57: error: `+` needs one unit on both sides, but `sk-transfer-amount * sk-transfers-per-year` is USD/year and `100 USD` is USD. Add or subtract only quantities of the same unit; multiply by a rate to convert.",
                "models.yaml:41:14: error: the formula gives USD, but model `split` is declared in `share` (a plain number). Change the model's unit to one that is USD, or correct the formula.",
                "models.yaml:42:38: error: `min` needs one unit in every value, but `sk-transfer-amount` is USD and `5000 USD/year` is USD/year. Compare only quantities of the same unit.",
            ])
    }

    @Test func aNumberWithAUnitIsAConstantNotAnAssumptionSoItMakesNoScenario() throws {
        let program = try Self.compile(
            [
                Self.model("split", "USD", "100 USD * fee", line: 10),
                Self.model("assumed", "USD", "sent * fee", line: 11),
            ],
            parameters: [
                ParameterDeclaration(id: "sent", value: .point(100), unit: "USD", why: "test", position: Self.at(1))
            ]
        ).get()
        #expect(program.models.map(\.kind) == [.sourcedEstimate, .scenario])
        #expect(program.inputs.map(\.name) == ["fee", "sent"])
        #expect(program.models.map(\.inputs) == [[0], [1, 0]])
    }

    @Test func goldenADivisorThatCanBeZero() {
        #expect(
            Self.errors([
                Self.model("ratio", "USD", "sk-transfer-amount / (sk-share-sending - 0.5)", line: 40),
                Self.model("safe", "USD", "sk-transfer-amount / (1 - sk-share-sending)", line: 41),
                Self.model("inverse", "share", "(sk-share-sending - 0.2) ^ -1", line: 42),
            ]) == [
                "models.yaml:40:35: error: the divisor `(sk-share-sending - 0.5)` can be zero: it ranges from -0.3 to 0.1. Divide by something that cannot reach 0 (narrow its inputs' ranges), or guard it, e.g. `max(x, 0.01)`.",
                "models.yaml:42:14: error: `(sk-share-sending - 0.2)` can be zero, and a negative power of zero divides by zero. Raise something that cannot reach 0, or use a power of 0 or more.",
            ])
    }

    @Test func goldenDeclarationProblems() {
        let pools = [
            PoolDeclaration(
                id: "mixed",
                components: [
                    PoolComponent(id: "sk-share-sending", position: Self.at(50, 9)),
                    PoolComponent(id: "sk-transfer-amount", position: Self.at(51, 9)),
                    PoolComponent(id: "sk-share-sendng", position: Self.at(52, 9)),
                ],
                position: Self.at(50)),
            PoolDeclaration(
                id: "empty", components: [PoolComponent(id: "fee-scmp-usual", weight: 0, position: Self.at(53, 9))],
                position: Self.at(53)),
        ]
        let compilation = Self.compile(
            [
                Self.flow,
                Self.model("sk-share-sending", "share", "0.5", line: 54),
                Self.model("Bad_id", "USD/year", "flow@2 + mixed + empty", line: 55),
            ], parameters: [], pools: pools)
        #expect(
            compilation.errors.map(\.description) == [
                "models.yaml:51:9: error: the parts of pool `mixed` differ in unit: `sk-transfer-amount` is USD, but `sk-share-sending` is a plain number. Pool only values of one unit.",
                "models.yaml:52:9: error: pool `mixed` mixes `sk-share-sendng`, which is not a figure or parameter. Did you mean `sk-share-sending`? A pool mixes figures and parameters.",
                "models.yaml:53:5: error: pool `empty` has no figure or parameter with a weight above 0. List at least one figure or parameter with a weight above 0.",
                "models.yaml:54:5: error: `sk-share-sending` is declared as a figure already. Give each figure, parameter, pool and model its own id.",
                "models.yaml:55:5: error: `Bad_id` is not an id. Ids are lowercase letters, digits and hyphens, starting with a letter, e.g. `cn-share-sending`.",
                "models.yaml:55:14: error: `flow@2` copies a model. Only figures, parameters and pools have independent copies; copy the inputs inside the model instead.",
                "models.yaml:55:21: error: `+` needs one unit on both sides, but `flow@2` is USD/year and `mixed` is a plain number. Add or subtract only quantities of the same unit; multiply by a rate to convert.",
            ])
        #expect(compilation.program == nil)
    }

    @Test func goldenUnusedDeclarationsAreWarningsNotErrors() {
        let compilation = Self.compile(
            [Self.flow, Self.model("spare", "share", "fee@1", line: 12)],
            parameters: Self.parameters + [Self.parameter("pooled", 0, 1, "share", line: 4)],
            pools: [
                Self.fees,
                PoolDeclaration(
                    id: "unused-pool",
                    components: [
                        PoolComponent(id: "pooled", position: Self.at(5, 9))
                    ], position: Self.at(5)),
            ],
            usedElsewhere: ["flow"])
        #expect(compilation.errors.isEmpty)
        #expect(compilation.program != nil)
        #expect(
            compilation.warnings.map(\.warningDescription) == [
                "models.yaml:1:5: warning: parameter `cn-share` is not used. Use it in a model's formula or a pool, or remove it.",
                "models.yaml:2:5: warning: parameter `cn-amount` is not used. Use it in a model's formula or a pool, or remove it.",
                "models.yaml:5:5: warning: pool `unused-pool` is not used. Use it in a model's formula, or remove it.",
                "models.yaml:12:5: warning: model `spare` is not used. Use it in a template, a comparison or another model, or remove it.",
            ])
    }

    @Test func kindsAndTornadoInputsFollowWhatEachModelReaches() throws {
        let program = try Self.compile([
            Self.flow, Self.china,
            Self.model("total", "USD/year", "flow + china", line: 12),
            Self.model("delivered", "USD/year", "flow * (1 - fee@1) * (1 - fee@2)", line: 13),
        ]).get()
        #expect(program.models.map(\.kind) == [.sourcedEstimate, .scenario, .scenario, .sourcedEstimate])
        let names = program.inputs.map(\.name)
        #expect(
            names == [
                "sk-defector-population", "sk-share-sending", "sk-transfer-amount", "sk-transfers-per-year",
                "cn-defector-population", "cn-share", "cn-amount", "fee@1", "fee@2",
            ])
        #expect(program.models.map(\.inputs) == [[0, 1, 2, 3], [4, 5, 6], [0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 7, 8]])
        #expect(program.inputs.map(\.sourced) == [true, true, true, true, true, false, false, true, true])
    }

    @Test func streamsAreNamedByRuleAndCanBeKeptAcrossARename() throws {
        let program = try Self.compile(
            [
                Self.model("streams", "share", "sk-share-sending@2 * cn-share * renamed * fee@1 * fee@2 * fee", line: 10)
            ],
            parameters: [
                Self.parameter("cn-share", 0.1, 0.3, "share", line: 1),
                Self.parameter("renamed", 0.1, 0.3, "share", line: 2, stream: "assumption:china-share-sending"),
            ]
        ).get()
        #expect(
            program.inputs.map(\.key) == [
                "sk-share-sending:copy-2", "assumption:cn-share", "assumption:china-share-sending",
                "pool:all:hop-1", "pool:all:hop-2", "pool:all",
            ])
    }

    @Test func goldenTwoInputsCannotShareARandomStream() {
        let compilation = Self.compile(
            [Self.model("clash", "share", "sk-share-sending * renamed * fee@1 * other", line: 10)],
            parameters: [
                Self.parameter("renamed", 0.1, 0.3, "share", line: 1, stream: "sk-share-sending"),
                Self.parameter("other", 0.1, 0.3, "share", line: 2, stream: "pool:all:hop-1"),
            ])
        #expect(
            compilation.errors.map(\.description) == [
                "models.yaml:1:5: error: `sk-share-sending` and `renamed` would draw from the same random stream `sk-share-sending`. Give one of them another `stream`.",
                "models.yaml:2:5: error: `fee@1` and `other` would draw from the same random stream `pool:all:hop-1`. Give one of them another `stream`.",
            ])
    }

    @Test func dimensionsReadFromUnitStrings() {
        #expect(
            Dimension(unit: "people") * Dimension(unit: "share") * Dimension(unit: "USD") * Dimension(unit: "times/year")
                == Dimension(unit: "USD/year"))
        #expect(Dimension(unit: "months of pay").description == "months of pay")
        #expect(Dimension(unit: "count").isNumber)
        #expect((Dimension(unit: "USD") * Dimension(unit: "USD")).description == "USD²")
        #expect(Dimension(unit: "times/year").description == "1/year")
        #expect(!(Dimension(unit: "USD") * Dimension(unit: "USD")).isUnitLike)
    }
}
