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
    let elapsed = try clock.measure { result = try Analysis.grossFlow(registry: registry, options: options) }
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

    Benchmark(
        "Full analysis, 1M draws (default), \(cores) threads",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
                             maxDuration: .seconds(2), maxIterations: 15)
    ) { benchmark in
        blackHole(try Analysis.run(registry: registry, options: AnalysisOptions(threads: cores)))
    }
}
