import LifelineData

extension FormulaCompiler {
    /// Checks every reading: each pool in its `weights` is a declared pool and each part one of that pool's parts,
    /// and each id in its `models` a model or pool, with "did you mean" when an id names nothing there.
    mutating func checkReadings() {
        let pools = declarations.pools.map(\.id)
        let reported = knownIDs.filter { id in
            switch symbols[id] {
            case .model, .pool: true
            default: false
            }
        }
        for reading in declarations.readings {
            for weights in reading.weights {
                guard case .pool(let index) = symbols[weights.pool.id] else {
                    let what =
                        symbols[weights.pool.id].map { "the \($0.noun) `\(weights.pool.id)`" }
                        ?? "`\(weights.pool.id)`, which is not declared"
                    report(
                        at: weights.pool.position, "reading `\(reading.id)` gives weights to \(what)",
                        hint: Suggestion.didYouMean(weights.pool.id, in: pools)
                            + (pools.isEmpty ? "Declare the pool under `pools:` first." : "Weigh one of the pools: \(Self.listing(pools)).")
                    )
                    continue
                }
                let parts = declarations.pools[index].components.map(\.id)
                for part in weights.parts where !parts.contains(part.id) {
                    report(
                        at: part.position, "reading `\(reading.id)` weighs `\(part.id)`, which is not a part of pool `\(weights.pool.id)`",
                        hint: Suggestion.didYouMean(part.id, in: parts) + "Weigh the pool's parts: \(Self.listing(parts)).")
                }
            }
            for model in reading.models where !reported.contains(model.id) {
                let what = symbols[model.id].map { "the \($0.noun) `\(model.id)`" } ?? "`\(model.id)`, which is not declared"
                report(
                    at: model.position, "reading `\(reading.id)` reports \(what)",
                    hint: Suggestion.didYouMean(model.id, in: reported) + "List the ids of models or pools.")
            }
        }
    }

    /// The ids in backticks, separated by commas.
    static func listing(_ ids: [String]) -> String { ids.map { "`\($0)`" }.joined(separator: ", ") }
}
