import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

/// `lifeline simulate`: every model's Monte Carlo summary, as a table or as JSON.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run every model's Monte Carlo simulation and print each summary.",
        discussion: """
            Each model draws its uncertain inputs --draws times from the registry's ranges and reports the mean, \
            the median and the 90 % interval (5th to 95th percentile). The same data, seed and number of draws \
            give identical numbers on every run, whatever the number of threads. JSON output gives each model an \
            `id` and its `mean`, `median`, `p5` and `p95` in plain USD (or shares from 0 to 1), plus the data \
            behind every chart and a `generator` field naming the Lifeline version that made it.

            With --model ID, only the models the data declares are run (`lifeline models` lists them), and the \
            one named is printed: its mean, median and 90 % interval, or with --format json its whole summary.
            """)

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var analysis: AnalysisFlags

    /// Worker threads.
    @Option(name: .long, help: ArgumentHelp("Worker threads (default: every core); the results do not depend on it.", valueName: "n"))
    var threads: Int?

    /// A declared model to run alone.
    @Option(name: .long, help: ArgumentHelp("Run only this declared model (see `lifeline models`).", valueName: "id"))
    var model: String?

    /// Output format.
    @Option(name: .long, help: "Output format: text (a table) or json.")
    var format: OutputFormat = .text

    /// Text or JSON.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// Checks the thread count.
    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads).") }
    }

    /// Runs the analysis and prints it.
    func run() throws {
        var options = analysis.options
        if let threads { options.threads = threads }
        if let model {
            let (registry, program) = try dataOptions.loadProject()
            try print(Self.declared(model, program: program, options: options, format: format, origin: registry.origin))
            return
        }
        let registry = try dataOptions.loadRegistry()
        let result = try Analysis.run(registry: registry, options: options)
        switch format {
        case .json: print(String(decoding: try result.jsonData(generator: LifelineVersion.generator), as: UTF8.self))
        case .text: print(Self.text(result, origin: registry.origin))
        }
    }

    /// The readable report: one table row per model, then the verdicts.
    static func text(_ result: AnalysisResult, origin: String) -> String {
        var rows = [["id", "unit", "mean", "median", "5th pct", "95th pct", "kind"]]
        for model in result.models {
            rows.append([
                model.id, model.unit, value(model.mean, model.unit), value(model.median, model.unit),
                value(model.p5, model.unit), value(model.p95, model.unit), model.kind == .scenario ? "scenario" : "sourced",
            ])
        }
        let table = TextColumns.lines(rows, rightAligned: [2, 3, 4, 5])
        var lines = [
            "Lifeline simulation: \(BriefingFormat.grouped(Double(result.draws))) draws per model, seed \(result.seed), data: \(origin)",
            "",
        ]
        lines += table
        lines += ["", "Money in USD (a year for USD/year); shares as percentages; the 5th and 95th percentiles bound the 90 % interval."]
        for comparison in result.comparisons {
            var line = "Comparison \(comparison.id): \(comparison.first.id) against \(comparison.second.id): "
            if let verdict = comparison.verdict, let share = comparison.shareInClaim {
                line += "\(verdict.rawValue); \(BriefingFormat.percent(share)) of the draws in the claimed range."
            } else {
                line += "\(comparison.overlap.rawValue); median ratio \(BriefingFormat.trimmed(comparison.medianRatio, decimals: 2))."
            }
            lines += ["", line]
        }
        lines += ["", "Assumptions not taken from any source:"]
        lines += result.assumptions.map { "  - " + ([$0.name] + ($0.value.map { [$0] } ?? [])).joined(separator: ": ") }
        return lines.joined(separator: "\n")
    }

    /// A value for the table: shares as `34.3 %`, small amounts with cents, large ones grouped.
    static func value(_ number: Double, _ unit: String) -> String {
        if unit == "share" { return BriefingFormat.percent(number) }
        if abs(number) < 1000 { return ErodeCommand.money(number) }
        return BriefingFormat.grouped(number.rounded())
    }
}
