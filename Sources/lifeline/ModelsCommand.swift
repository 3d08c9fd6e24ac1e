import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData

/// `lifeline models`: every model the data declares, with its formula, unit, kind and inputs.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the models the data declares: id, name, unit, kind, inputs and formula.",
        discussion: """
            The models are compiled first, so the command fails with every compile error (FILE:LINE:COLUMN) as \
            `validate` does. A model is "sources" when every input it reaches is a sourced figure (or a pool of \
            figures only), "scenario" when it reaches a parameter. Inputs are the ids its formula names, with \
            `id@k` for the k-th independent copy. Run one with `lifeline simulate --model ID`.
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    func run() throws {
        let program = try dataOptions.loadProject().program
        switch format {
        case .table: print(Self.table(program.models))
        case .json: print(Self.json(program.models))
        }
    }

    /// The word the CLI uses for a kind: `sources` or `scenario`.
    static func kind(_ kind: ModelKind) -> String { kind == .scenario ? "scenario" : "sources" }

    /// The ids a model's formula names, in order of first use, copies as `id@k`.
    static func inputs(_ model: CompiledModel) -> [String] {
        var seen: Set<String> = []
        return model.formula.root.references.map { id, copy, _ in copy.map { "\(id)@\($0)" } ?? id }.filter { seen.insert($0).inserted }
    }

    /// One row per model, the formula last.
    static func table(_ models: [CompiledModel]) -> String {
        guard !models.isEmpty else { return "No models are declared; add a `models:` list to the data file." }
        var rows = [["id", "name", "unit", "kind", "inputs", "formula"]]
        for model in models {
            let formula = model.formula.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            rows.append([model.id, model.name, model.unit, kind(model.kind), inputs(model).joined(separator: ", "), formula])
        }
        return TextColumns.lines(rows).map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// A JSON list of the models, keys sorted.
    static func json(_ models: [CompiledModel]) -> String {
        let objects: [[String: Any]] = models.map { model in
            [
                "id": model.id, "name": model.name, "unit": model.unit, "kind": kind(model.kind), "inputs": inputs(model),
                "formula": model.formula.text,
            ]
        }
        let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
