import Benchmark
import Foundation
import LifelineAnalysis
import LifelineData

/// The registry the benchmarks run on: the embedded default, the one `lifeline` uses.
let registry: Registry = try! Registry.embedded()

/// Draws per iteration of the model 1 benchmarks.
let model1Draws = 10_000_000

/// Millions of draws per second of one iteration, reported beside the wall-clock time.
let drawRate = BenchmarkMetric.custom("M draws/s", polarity: .prefersLarger, useScalingFactor: false)

/// Runs model 1 once and records its rate in millions of draws per second.
func measureModel1(_ benchmark: Benchmark, threads: Int) throws {
    let options = AnalysisOptions(draws: model1Draws, threads: threads)
    let clock = ContinuousClock()
    var result: ModelResult?
    let elapsed = try clock.measure { result = try Analysis.model("sk-gross-flow", registry: registry, options: options) }
    blackHole(result)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    benchmark.measurement(drawRate, Int((Double(model1Draws) / seconds / 1e6).rounded()))
}

/// Model 1 as the embedded data declares it, compiled alone to a column program.
let compiledFlow: CompiledProgram = try! FormulaCompiler.compile(
    ModelDeclarations(models: registry.declarations.models.filter { $0.id == "sk-gross-flow" }), registry: registry
).get()

/// Runs `model` alone through the engine (no summary) and records its rate in millions of draws per second.
func measureEngine<Model: SimulationModel>(_ benchmark: Benchmark, _ model: Model) {
    let clock = ContinuousClock()
    var result: [SampleStatistics] = []
    let elapsed = clock.measure { result = MonteCarlo.run(model, draws: model1Draws, seed: AnalysisOptions.defaultSeed, threads: 1) }
    blackHole(result)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    benchmark.measurement(drawRate, Int((Double(model1Draws) / seconds / 1e6).rounded()))
}

let benchmarks: @Sendable () -> Void = {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, drawRate], timeUnits: .milliseconds,
        maxDuration: .seconds(2), maxIterations: 15)

    Benchmark("Model 1, 10M draws, 1 thread", configuration: configuration) { benchmark in
        try measureModel1(benchmark, threads: 1)
    }

    Benchmark("Model 1, 10M draws, \(cores) threads", configuration: configuration) { benchmark in
        try measureModel1(benchmark, threads: cores)
    }

    // The reference loop and the same flow in the formula language: the engine alone, one thread.
    Benchmark("Model 1 engine, hand-written loop, 10M draws, 1 thread", configuration: configuration) { benchmark in
        measureEngine(benchmark, try! Analysis.productModel("sk-gross-flow", registry: registry))
    }

    Benchmark("Model 1 engine, formula language, 10M draws, 1 thread", configuration: configuration) { benchmark in
        measureEngine(benchmark, compiledFlow)
    }

    Benchmark(
        "Full analysis, 1M draws (default), \(cores) threads",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
            maxDuration: .seconds(2), maxIterations: 15)
    ) { benchmark in
        blackHole(try Analysis.run(registry: registry, options: AnalysisOptions(threads: cores)))
    }
}
