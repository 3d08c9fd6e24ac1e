import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

extension SimulateCommand {
    /// What `simulate --model` prints in JSON: the model, the run and its summary.
    struct DeclaredModelRun: Encodable {
        /// The model's id.
        var id: String
        /// The name a reader sees.
        var name: String
        /// The declared unit.
        var unit: String
        /// `sources` or `scenario`.
        var kind: String
        /// The formula as written.
        var formula: String
        /// Draws simulated.
        var draws: Int
        /// The seed.
        var seed: UInt64
        /// The Lifeline version that made it.
        var generator: String
        /// Mean, percentiles, histogram.
        var summary: Summary
    }

    /// Runs the declared models' program and describes model `id`; an unknown id is a usage error naming the
    /// nearest declared one.
    static func declared(_ id: String, program: CompiledProgram, options: AnalysisOptions, format: OutputFormat, origin: String)
        throws -> String
    {
        guard let output = program.output(of: id) else {
            let ids = program.models.map(\.id)
            let known = ids.isEmpty ? "The data declares no models." : "Run `lifeline models` to list them."
            throw ValidationError("--model: no model `\(id)` is declared. \(Suggestion.didYouMean(id, in: ids))\(known)")
        }
        try options.validate()
        let statistics = MonteCarlo.run(program, draws: options.draws, seed: options.seed, threads: options.threads)[output]
        let summary = Summary(statistics, bins: options.histogramBins, extra: options.extraPercentiles)
        let model = program.models[output]
        switch format {
        case .json:
            let run = DeclaredModelRun(
                id: model.id, name: model.name, unit: model.unit, kind: ModelsCommand.kind(model.kind), formula: model.formula.text,
                draws: options.draws, seed: options.seed, generator: LifelineVersion.generator, summary: summary)
            return String(decoding: try PrettyJSON.data(run), as: UTF8.self)
        case .text:
            let rows = [
                ["id", "unit", "mean", "median", "5th pct", "95th pct", "kind"],
                [
                    model.id, model.unit, value(summary.mean, model.unit), value(summary.median, model.unit),
                    value(summary.p5, model.unit), value(summary.p95, model.unit), ModelsCommand.kind(model.kind),
                ],
            ]
            let lines =
                [
                    "Lifeline simulation of \(model.name): \(BriefingFormat.grouped(Double(options.draws))) draws, seed \(options.seed), data: \(origin)",
                    "",
                ] + TextColumns.lines(rows, rightAligned: [2, 3, 4, 5]) + [
                    "", "formula: " + model.formula.text.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    "The 5th and 95th percentiles bound the 90 % interval.",
                ]
            return lines.joined(separator: "\n")
        }
    }
}
