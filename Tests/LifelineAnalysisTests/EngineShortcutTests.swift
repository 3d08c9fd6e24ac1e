import Foundation
import LifelineData
import Testing

@testable import LifelineAnalysis

/// The engine's shortcuts give the numbers of the long way, bit for bit.
@Suite("Monte Carlo engine shortcuts")
struct EngineShortcutTests {
    /// A model that hides which inputs its outputs reach, so the engine adds every draw.
    struct Opaque<Model: SimulationModel>: SimulationModel {
        let model: Model
        var inputs: [ModelInput] { model.inputs }
        var outputCount: Int { model.outputCount }
        var scratchCount: Int { model.scratchCount }
        func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
            model.evaluate(x, stride: stride, count: count, into: y)
        }
    }

    static let data = """
        sources:
          - id: s
            title: A paper
            date_note: Test.
        figures:
          - id: fee
            measures: A fee.
            low: 0.2
            high: 0.6
            unit: share
            year: null
            source: s
            quote: "a fee of 20% to 60%"
          - id: state
            measures: The state's fee.
            value: 0.2
            unit: share
            year: null
            source: s
            quote: "the state took 20%"
          - id: other
            measures: Another fee.
            low: 0.1
            high: 0.3
            unit: share
            year: null
            source: s
            quote: "10% to 30% otherwise"
        pools:
          - id: pooled
            mix: {fee: 1, other: 2}
        models:
          - id: kept
            name: Kept by the family
            unit: USD
            formula: 100 USD * (1 - state)
          - id: negative
            name: A constant below zero
            unit: share
            formula: state - 1
          - id: through
            name: Through brokers
            unit: USD
            formula: 100 USD * (1 - pooled)
        """

    static func program() throws -> CompiledProgram {
        let registry = try RegistryLoader.parse(data, file: "shortcuts.yaml")
        return try FormulaCompiler.compile(registry.declarations, registry: registry).get()
    }

    @Test("an output whose inputs are all constants is counted with the statistics of adding every draw")
    func constantOutputs() throws {
        let program = try Self.program()
        for draws in [1, 1_000, 70_001] {
            let counted = MonteCarlo.run(program, draws: draws, seed: 7, threads: 2)
            let added = MonteCarlo.run(Opaque(model: program), draws: draws, seed: 7, threads: 2)
            #expect(counted == added, "\(draws) draws")
        }
        let kept = MonteCarlo.run(program, draws: 1_000, seed: 7, threads: 1)[program.output(of: "kept")!]
        #expect(kept.mean == 80 && kept.minimum == 80 && kept.maximum == 80 && kept.variance == 0)
        #expect(kept.histogram.count == 1_000)
    }

    @Test("a mixture of PERT ranges draws what its parts draw, one uniform to pick and one for the part")
    func mixtureOfTables() throws {
        let distribution = InputDistribution(
            .mixture([
                MixtureComponent(weight: 1, distribution: InputDistribution(.pert(low: 0.2, mode: 0.3, high: 0.6))),
                MixtureComponent(weight: 2, distribution: InputDistribution(.pert(low: 0.1, mode: 0.15, high: 0.3))),
                MixtureComponent(weight: 0.5, distribution: InputDistribution(.pert(low: 0.5, mode: 0.6, high: 0.7))),
            ]))
        guard case .mixture(let mixture) = distribution.sampler else { Issue.record("not a mixture"); return }
        #expect(mixture.tables != nil)
        var fast = Xoshiro256StarStar(seed: 3, stream: 1), slow = fast
        var drawn = [Double](repeating: 0, count: 5_000)
        drawn.withUnsafeMutableBufferPointer { mixture.fill($0.baseAddress!, count: $0.count, using: &fast) }
        for value in drawn {
            let u = slow.nextUnit()
            var index = 0
            while index < 2 && u >= mixture.cumulative[index] { index += 1 }
            #expect(value == mixture.parts[index].draw(using: &slow))
        }
        withExtendedLifetime(distribution) {}
    }
}

/// The column form of the normal quantile gives `quantile`'s values, central region and tails alike.
@Suite struct NormalQuantileColumnTests {
    @Test func aColumnOfQuantilesEqualsTheQuantileOfEachValue() {
        var generator = Xoshiro256StarStar(seed: 11, stream: 2)
        var values = (0..<10_000).map { _ in generator.nextOpenUnit() }
        values += [0.075, 0.925, 0.0749999, 0.9250001, 1e-300, 1 - 0x1p-53, 0x1p-53, 0.5, 1e-20]
        var column = values
        let tails = UnsafeMutablePointer<Int>.allocate(capacity: column.count)
        defer { tails.deallocate() }
        column.withUnsafeMutableBufferPointer { StandardNormal.quantiles($0.baseAddress!, count: $0.count, tails: tails) }
        for (p, value) in zip(values, column) {
            #expect(value == StandardNormal.quantile(p), "p = \(p)")
        }
    }

    @Test("an analysis handed the program its caller compiled gives what compiling it again gives")
    func precompiledProgram() throws {
        let registry = try Registry.embedded()
        let program = try FormulaCompiler.compile(registry.declarations, registry: registry).get()
        let options = AnalysisOptions(draws: 20_000, threads: 2)
        let compiledHere = try Analysis.run(registry: registry, options: options)
        let handed = try Analysis.run(registry: registry, compiled: program, options: options)
        #expect(handed == compiledHere)
        #expect(try handed.jsonData(generator: "test") == compiledHere.jsonData(generator: "test"))
    }

    @Test("a value worked out in the background is the work's result, for every reader")
    func backgroundValue() async {
        let background = Background { (1...1_000).reduce(0, +) }
        async let first = background.value
        async let second = background.value
        #expect(await [first, second, background.value] == [500_500, 500_500, 500_500])
    }

    /// Counts runs from several threads.
    final class RunCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var runs: Int { lock.withLock { count } }
    }

    @Test("side work runs once, on its helper or on the thread that needs it, whichever comes to it first")
    func sideWorkRunsOnce() {
        let counter = RunCounter()
        for index in 0..<300 {
            let background = Background {
                counter.add()
                return index * 2
            }
            let (first, second) = alongside(
                { () -> Int in
                    counter.add(); return index
                }, { index + 1 })
            #expect(background.value == index * 2 && background.value == index * 2)
            #expect(first == index && second == index + 1)
        }
        #expect(counter.runs == 600)
    }

    @Test("work that follows side work runs on the helper only when the helper did the side work, and runs once")
    func followingWorkRunsOnce() {
        let counter = RunCounter(), followed = RunCounter()
        for index in 0..<300 {
            let next = ClaimableWork { () -> Int in
                followed.add()
                return index + 1
            }
            let background = Background(
                {
                    counter.add()
                    return index
                }, then: { next.runIfUnclaimed() })
            // Taken at once or after the helper has had time: either way each piece runs once, here or there.
            if index % 2 == 0 { Thread.sleep(forTimeInterval: 0.0005) }
            #expect(background.value == index)
            #expect(next.result() == index + 1 && next.result() == index + 1)
        }
        #expect(counter.runs == 300 && followed.runs == 300)
    }
}
