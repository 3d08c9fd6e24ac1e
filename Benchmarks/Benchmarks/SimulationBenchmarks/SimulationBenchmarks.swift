import Benchmark
import Foundation
import LifelineAnalysis
import LifelineData

/// The registry the benchmarks run on: the embedded one when it has the models' figures, else the articles'
/// figures built in code.
let registry: Registry = {
    if let embedded = try? Registry.embedded(), (try? Analysis.grossFlowModel(registry: embedded)) != nil { return embedded }
    func figure(_ id: String, _ value: FigureValue, _ unit: LifelineData.Unit, _ distribution: DistributionSpec? = nil) -> Figure {
        Figure(id: id, measures: id, value: value, unit: unit, year: nil, source: "s", quote: "q", distribution: distribution)
    }
    return Registry(sources: [Source(id: "s", title: "s", dateNote: "s")], figures: [
        figure("sk-defector-population", .point(34000), .people),
        figure("sk-share-sending", .range(low: 0.2, high: 0.6), .share),
        figure("sk-transfer-amount", .range(low: 2200, high: 3100), .usd),
        figure("sk-transfers-per-year", .range(low: 1, high: 2), .timesPerYear, .discrete),
        figure("cn-defector-population", .range(low: 30000, high: 50000), .people),
        figure("aggregate-annual-flow", .range(low: 1e7, high: 1e8), .usdPerYear),
        figure("fee-feature-range", .range(low: 0.3, high: 0.7), .share),
        figure("fee-feature-upper", .point(0.7), .share),
        figure("fee-dailynk-2021", .range(low: 0.1, high: 0.4), .share),
        figure("fee-scmp-usual", .point(0.3), .share),
        figure("state-fee-border", .point(0.2), .share),
        figure("survey-2016-size", .point(200), .people),
        figure("survey-2016-share-sending", .point(0.6), .share),
        figure("survey-2016-annual-amount", .range(low: 900, high: 1800), .usdPerYear),
        figure("survey-2016-max-sender", .point(9000), .usdPerYear),
        figure("survey-2016-share-regular", .point(0.7), .share),
        figure("sdg-10c-cost-target", .point(0.03), .share),
        figure("sdg-10c-corridor-limit", .point(0.05), .share),
    ], origin: "benchmark fixture")
}()

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
