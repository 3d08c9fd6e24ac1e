// Usage: SimulationHarness [model1|all|json] DRAWS THREADS [REPEATS]
// Prints draws per second (best of REPEATS) and model 1's summary, for release-mode measurements such as
// `/usr/bin/time -v .build/release/SimulationHarness model1 1000000000 2`.
import Foundation
import LifelineAnalysis
import LifelineData

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "model1"
let draws = arguments.count > 2 ? Int(Double(arguments[2]) ?? 1e7) : 10_000_000
let threads = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
let repeats = arguments.count > 4 ? Int(arguments[4]) ?? 1 : 1

func fixture() -> Registry {
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
    ], origin: "harness")
}

let registry = (try? Registry.embedded()).flatMap { $0.figure("sk-share-sending") == nil ? nil : $0 } ?? fixture()
let options = AnalysisOptions(draws: draws, threads: threads)
var best = Double.infinity
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    if mode == "all" || mode == "json" {
        let result = try Analysis.run(registry: registry, options: options)
        if mode == "json" {
            let encodeStart = DispatchTime.now().uptimeNanoseconds
            let data = try result.jsonData()
            let encodeTime = Double(DispatchTime.now().uptimeNanoseconds - encodeStart) / 1e6
            if repeats == 1 { print("JSON: \(data.count) bytes in \(String(format: "%.1f", encodeTime)) ms") }
        }
    } else {
        let result = try Analysis.grossFlow(registry: registry, options: options)
        if repeats == 1 { print("model 1: mean \(result.mean) median \(result.median) p5 \(result.p5) p95 \(result.p95)") }
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
print("\(mode): \(draws) draws, \(threads) thread(s): \(String(format: "%.4f", best)) s, \(String(format: "%.1f", Double(draws) / best / 1e6)) M draws/s")
