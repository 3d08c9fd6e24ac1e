import LifelineData
import PropertyBased
import Testing

@testable import LifelineAnalysis

/// The column program a formula compiles to: the same bits as today's hand-written models, the same results for
/// any number of threads, and the same values as evaluating the formula directly.
@Suite struct CompiledProgramTests {
    /// A place in `models.yaml`.
    static let here = TextPosition(file: "models.yaml", line: 1, column: 1)

    /// A model at `here`.
    static func model(_ id: String, _ unit: String, _ formula: String) -> ModelDeclaration {
        ModelDeclaration(id: id, name: id, unit: unit, formula: formula, formulaPosition: here)
    }

    /// A uniform parameter at `here`.
    static func parameter(_ id: String, _ low: Double, _ high: Double, _ unit: String, stream: String? = nil) -> ParameterDeclaration {
        ParameterDeclaration(id: id, value: .range(low: low, high: high), unit: unit, why: "test", stream: stream, position: here)
    }

    /// Today's joint model re-expressed: the South Korea flow, the survey flow, the China scenario, their total and
    /// the share delivered through one and two intermediaries, with today's stream names.
    static let briefing = ModelDeclarations(
        parameters: [
            parameter("cn-share-sending", 0.1, 0.3, "share", stream: "assumption:china-share-sending"),
            parameter("cn-annual-amount", 300, 1200, "USD/year", stream: "assumption:china-annual-amount"),
            parameter("exchange-loss", 0, 0.1, "share"),
        ],
        pools: [
            PoolDeclaration(
                id: "fee-pooled",
                components: ["fee-dailynk-2021", "fee-scmp-usual", "fee-feature-range", "state-fee-border"].map {
                    PoolComponent(id: $0, position: here)
                }, stream: "pool:all", copyStream: "hop", position: here)
        ],
        models: [
            model(
                "sk-gross-flow", "USD/year",
                "sk-defector-population * sk-share-sending * sk-transfer-amount * sk-transfers-per-year"),
            model("sk-survey-flow", "USD/year", "sk-defector-population * survey-2016-share-sending * survey-2016-annual-amount"),
            model("cn-scenario-flow", "USD/year", "cn-defector-population * cn-share-sending * cn-annual-amount"),
            model("total-flow-scenario", "USD/year", "sk-gross-flow + cn-scenario-flow"),
            model("delivered-1", "share", "(1 - exchange-loss) * (1 - fee-pooled@1)"),
            model("delivered-2", "share", "delivered-1 * (1 - fee-pooled@2)"),
        ])

    @Test func theSouthKoreaFlowAsAFormulaGivesTheBitsOfProductModel() throws {
        let registry = try Registry.embedded()
        let declarations = ModelDeclarations(models: [Self.briefing.models[0]])
        let program = try FormulaCompiler.compile(declarations, registry: registry).get()
        let product = try Analysis.productModel("sk-gross-flow", registry: registry)
        #expect(program.inputs.map(\.key) == product.inputs.map(\.key))
        #expect(program.operationCount == 3)
        for threads in [1, 2] {
            let compiled = MonteCarlo.run(program, draws: 200_000, seed: AnalysisOptions.defaultSeed, threads: threads)
            let handWritten = MonteCarlo.run(product, draws: 200_000, seed: AnalysisOptions.defaultSeed, threads: threads)
            #expect(compiled == handWritten)
        }
    }

    @Test func aUserModelGivesTheSameResultsForAnyNumberOfThreads() throws {
        var declarations = Self.briefing
        declarations.models += [
            Self.model("per-sender", "USD/year", "max(sk-gross-flow / (sk-defector-population * sk-share-sending), 1)"),
            Self.model("eroded", "USD/year", "min(per-sender, 5000) * delivered-2 ^ 2 - -1 * 0"),
        ]
        let program = try FormulaCompiler.compile(declarations, registry: try Registry.embedded()).get()
        let one = MonteCarlo.run(program, draws: 150_001, seed: 7, threads: 1)
        #expect(one == MonteCarlo.run(program, draws: 150_001, seed: 7, threads: 1))
        #expect(one == MonteCarlo.run(program, draws: 150_001, seed: 7, threads: 2))
        #expect(one == MonteCarlo.run(program, draws: 150_001, seed: 7, threads: 4))
        #expect(one != MonteCarlo.run(program, draws: 150_001, seed: 8, threads: 1))
    }

    @Test func aCompiledFormulaEqualsDirectEvaluationOnRandomInputs() async throws {
        let registry = Registry(sources: [], figures: [], origin: "none")
        await propertyCheck(count: 60, input: Gen.uint64(in: 0...UInt64.max), Gen.int(in: 1...64)) { seed, count in
            var generator = RandomFormula(seed: seed)
            let declarations = generator.declarations()
            let compilation = FormulaCompiler.compile(declarations, registry: registry)
            #expect(compilation.errors.isEmpty, "\(compilation.errors.map(\.description)) in \(declarations.models.map(\.formula))")
            guard let program = compilation.program else { return }
            let stride = 64
            let x = UnsafeMutablePointer<Double>.allocate(capacity: program.inputs.count * stride)
            let y = UnsafeMutablePointer<Double>.allocate(capacity: (program.outputCount + program.scratchCount) * stride)
            defer { x.deallocate(); y.deallocate() }
            for i in 0..<program.inputs.count * stride { x[i] = generator.value() }
            program.evaluate(x, stride: stride, count: count, into: y)
            let column = Dictionary(uniqueKeysWithValues: program.inputs.enumerated().map { ($1.name, $0) })
            for j in 0..<count {
                var direct: [String: Double] = [:]
                for model in program.models {
                    let value = FormulaEvaluator.evaluate(model.formula.root) { id, copy in
                        direct[id] ?? x[column[copy.map { "\(id)@\($0)" } ?? id]! * stride + j]
                    }
                    direct[model.id] = value
                    let compiled = y[model.output * stride + j]
                    #expect(
                        compiled.bitPattern == value.bitPattern || (compiled.isNaN && value.isNaN),
                        "\(model.formula.text): compiled \(compiled), direct \(value)")
                }
            }
        }
    }
}

/// Random formulas over three parameters (0.5 to 2), a pool of two of them, their copies and the models before,
/// with divisors and powers' bases kept away from zero so that they compile.
struct RandomFormula {
    /// The random numbers.
    var random: SplitMix64
    /// Ids a value may be read from.
    var ids = ["p", "q", "r", "mix", "p@2", "mix@3"]
    /// Ids whose values are at least 0.5.
    let positiveIDs = ["p", "q", "r", "mix", "p@2", "mix@3"]

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// A whole number below `n`.
    mutating func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }

    /// A value for an input column: 0.5 to 2.
    mutating func value() -> Double { 0.5 + 1.5 * Double(random.next() >> 11) * 0x1p-53 }

    /// A number written in a formula, bare or with a unit that is a plain number (so every model stays a share).
    mutating func number() -> String {
        ["0.5", "1", "2", "3%", "1e3", "0.1", "7", "2 share", "1e3 people", "3%  count"][pick(10)]
    }

    /// Any expression.
    mutating func any(_ depth: Int) -> String {
        if depth == 0 || pick(5) == 0 { return pick(4) == 0 ? number() : ids[pick(ids.count)] }
        switch pick(9) {
        case 0: return "\(any(depth - 1)) + \(any(depth - 1))"
        case 1: return "\(any(depth - 1)) - \(any(depth - 1))"
        case 2: return "\(any(depth - 1)) * \(any(depth - 1))"
        case 3: return "\(any(depth - 1)) / \(positive(depth - 1))"
        case 4: return "(\(any(depth - 1)))"
        case 5: return "-\(any(depth - 1))"
        case 6: return "min(\(any(depth - 1)), \(any(depth - 1)))"
        case 7: return "max(\(any(depth - 1)), \(any(depth - 1)), \(number()))"
        default: return "\(positive(depth - 1)) ^ \(["2", "-1", "0.5", "q", "(p - q)"][pick(5)])"
        }
    }

    /// An expression whose values are at least 0.25.
    mutating func positive(_ depth: Int) -> String {
        if depth == 0 { return positiveIDs[pick(positiveIDs.count)] }
        switch pick(4) {
        case 0: return "(\(positive(depth - 1)) + \(positive(depth - 1)))"
        case 1: return "(\(positive(depth - 1)) * \(positive(depth - 1)))"
        case 2: return "max(\(any(depth - 1)), 0.25)"
        default: return positiveIDs[pick(positiveIDs.count)]
        }
    }

    /// Three parameters, a pool and three models, each of which may use the ones before.
    mutating func declarations() -> ModelDeclarations {
        let here = CompiledProgramTests.here
        var models: [ModelDeclaration] = []
        for index in 1...3 {
            models.append(CompiledProgramTests.model("m\(index)", "share", any(4)))
            ids.append("m\(index)")
        }
        return ModelDeclarations(
            parameters: ["p", "q", "r"].map { CompiledProgramTests.parameter($0, 0.5, 2, "share") },
            pools: [
                PoolDeclaration(
                    id: "mix",
                    components: [
                        PoolComponent(id: "p", position: here),
                        PoolComponent(id: "q", weight: 2, position: here),
                    ], position: here)
            ],
            models: models)
    }
}
