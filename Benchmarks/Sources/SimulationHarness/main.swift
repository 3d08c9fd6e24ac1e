// Usage: SimulationHarness [model1|all|json|product|language] DRAWS THREADS [REPEATS]
// Prints draws per second (best of REPEATS) and model 1's summary, for release-mode measurements such as
// `/usr/bin/time -v .build/release/SimulationHarness model1 1000000000 2`. `product` runs the engine alone on
// model 1's hand-written ProductModel; `language` on the same flow written as a formula and compiled to a column
// program (FormulaCompiler): the two print the same mean, and their rates compare the column program with the loop.
import Foundation
import LifelineAnalysis
import LifelineData

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "model1"
let draws = arguments.count > 2 ? Int(Double(arguments[2]) ?? 1e7) : 10_000_000
let threads = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
let repeats = arguments.count > 4 ? Int(arguments[4]) ?? 1 : 1

// The embedded default registry, the one `lifeline` uses.
let registry = try Registry.embedded()
let options = AnalysisOptions(draws: draws, threads: threads)
// Model 1 as the embedded data declares it, compiled alone once (outside the timing).
let compiledFlow = try FormulaCompiler.compile(
    ModelDeclarations(models: registry.declarations.models.filter { $0.id == "sk-gross-flow" }), registry: registry
).get()
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
    } else if mode == "product" || mode == "language" {
        let statistics =
            mode == "product"
            ? MonteCarlo.run(
                try Analysis.productModel("sk-gross-flow", registry: registry), draws: draws, seed: options.seed, threads: threads)
            : MonteCarlo.run(compiledFlow, draws: draws, seed: options.seed, threads: threads)
        if repeats == 1 { print("\(mode): mean \(statistics[0].mean)") }
    } else {
        let result = try Analysis.model("sk-gross-flow", registry: registry, options: options)
        if repeats == 1 { print("model 1: mean \(result.mean) median \(result.median) p5 \(result.p5) p95 \(result.p95)") }
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
print(
    "\(mode): \(draws) draws, \(threads) thread(s): \(String(format: "%.4f", best)) s, \(String(format: "%.1f", Double(draws) / best / 1e6)) M draws/s"
)
