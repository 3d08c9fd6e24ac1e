import LifelineData

/// Builds an ``AnalysisResult``: compiles the models the data declares, runs the ``CompiledProgram`` once, and
/// computes the declared comparisons and the results still derived in Swift (the erosion curves).
struct AnalysisBuilder {
    let registry: Registry
    let lookup: FigureLookup
    var options: AnalysisOptions
    /// Every model result so far, in the data's order.
    var models: [ModelResult] = []
    /// Tornado data so far, one per declared model.
    var sensitivity: [SensitivityAnalysis] = []
    /// The engine statistics of each simulated model, by id.
    var statistics: [String: SampleStatistics] = [:]
    /// The registry's models as the caller already compiled them, if it did.
    var compiled: CompiledProgram?

    init(registry: Registry, options: AnalysisOptions) throws(AnalysisError) {
        self.registry = registry
        lookup = FigureLookup(registry: registry)
        self.options = options
    }

    /// The data's models compiled; throws their errors, or ``AnalysisError/noModels`` when there are none, and
    /// checks every figure a model reaches by the value rule (for registries built in code).
    func compile() throws(AnalysisError) -> CompiledProgram {
        guard !registry.declarations.models.isEmpty else { throw .noModels }
        let program: CompiledProgram
        do {
            if let compiled {
                program = compiled
            } else {
                program = try FormulaCompiler.compile(registry.declarations, registry: registry).get()
            }
        } catch {
            throw .invalidModels(error.description)
        }
        for model in program.models {
            for input in model.inputs.map({ program.inputs[$0] }) {
                guard let id = input.figureID, let figure = registry.figure(id) else { continue }
                _ = try lookup.require(id, model: model.id, units: [figure.unit])
            }
        }
        return program
    }

    /// Runs `program` and records one result and one tornado per model.
    mutating func simulate(_ program: CompiledProgram) {
        let runs = MonteCarlo.run(program, draws: options.draws, seed: options.seed, threads: options.threads)
        let summaries = zip(program.inputs, program.inputIDs).map { InputSummary($0, id: $1) }
        let medians = program.inputs.map(\.distribution.reachableMedian)
        let declared = Dictionary(registry.declarations.models.map { ($0.id, $0) }) { first, _ in first }
        let parameters = Dictionary(registry.declarations.parameters.map { ($0.id, $0) }) { first, _ in first }
        for model in program.models {
            let reached = model.inputs.map { program.inputs[$0] }
            let formula = declared[model.id].map(\.formula) ?? model.formula.text
            var result = ModelResult(
                id: model.id, title: model.name, unit: model.unit, kind: model.kind,
                formula: formula.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                figures: figures(model.inputs.map { program.inputIDs[$0] }),
                inputs: model.inputs.map { summaries[$0] },
                assumptions: Self.distributionAssumptions(reached)
                    + Self.parameterAssumptions(model.inputs.map { (program.inputs[$0], program.inputIDs[$0]) }, parameters)
                    + poolAssumptions(model.inputs.map { program.inputIDs[$0] }) + statedAssumptions(model.assumptions),
                summary: Summary(runs[model.output], bins: options.histogramBins, extra: options.extraPercentiles))
            if let bounds = model.bounds, bounds.low.isFinite, bounds.high.isFinite { result.bounds = bounds }
            statistics[model.id] = runs[model.output]
            models.append(result)
            sensitivity.append(
                SensitivityAnalysis.of(
                    program, output: model.output, inputs: model.inputs, modelID: model.id, unit: model.unit,
                    summaries: summaries, medians: medians))
        }
    }

    /// The distribution each sourced input is drawn from, by name (templates say what the name means).
    static func distributionAssumptions(_ inputs: [ModelInput]) -> [Assumption] {
        inputs.compactMap { input in
            guard let id = input.figureID else { return nil }
            return Assumption(
                name: input.name, value: input.distribution.description, description: "", sourced: true, figureID: id,
                distribution: input.distribution.name)
        }
    }

    /// The parameters the inputs draw from, each once, with the data's `why`.
    static func parameterAssumptions(
        _ inputs: [(input: ModelInput, id: String)], _ parameters: [String: ParameterDeclaration]
    ) -> [Assumption] {
        var seen = Set<String>()
        return inputs.compactMap { input, id in
            guard let parameter = parameters[id], seen.insert(id).inserted else { return nil }
            return Assumption(
                name: parameter.name ?? parameter.id, value: Self.valueText(parameter.value, unit: parameter.unit),
                description: parameter.why, sourced: false, distribution: input.distribution.name)
        }
    }

    /// The weights of each pool with a `why` among `ids`, each once: the parts' shares of the pool's total weight,
    /// each part by its figure's name (its id when it has none), parts of weight 0 left out.
    func poolAssumptions(_ ids: [String]) -> [Assumption] {
        var seen = Set<String>()
        return ids.compactMap { id in
            guard let pool = registry.declarations.pools.first(where: { $0.id == id }), let why = pool.why,
                seen.insert(id).inserted
            else { return nil }
            let total = pool.components.reduce(0) { $0 + $1.weight }
            let weights = pool.components.filter { $0.weight > 0 }.map { part in
                "\(registry.figure(part.id)?.name ?? part.id) \(BriefingFormat.percent(part.weight / total))"
            }
            return Assumption(name: pool.name ?? pool.id, value: weights.joined(separator: ", "), description: why, sourced: false)
        }
    }

    /// The declared assumptions with the ids `ids`, as the data states them.
    func statedAssumptions(_ ids: [String]) -> [Assumption] {
        ids.compactMap { id in
            registry.declarations.assumptions.first { $0.id == id }.map { declared in
                Assumption(name: declared.name, value: declared.value, description: declared.why, sourced: false)
            }
        }
    }

    /// A parameter's value as the methodology shows it: `10%–30%`, `USD 300–1,200`, `100 USD`.
    static func valueText(_ value: FigureValue, unit: String) -> String {
        let range = AssumedRange(value.low, value.high)
        if unit == "share" { return BriefingFormat.shareRange(range) }
        if unit.hasPrefix("USD") { return BriefingFormat.usdRange(range) }
        let text = { (x: Double) in BriefingFormat.trimmed(x, decimals: 2) }
        return (value.low == value.high ? text(value.low) : text(value.low) + "–" + text(value.high)) + " " + unit
    }

    /// The figures behind the inputs drawn from `ids` (a pool's weighted figures for a pool), in input order,
    /// without repeats.
    func figures(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        let pools = Dictionary(registry.declarations.pools.map { ($0.id, $0) }) { first, _ in first }
        return ids.flatMap { id in pools[id].map { $0.components.filter { $0.weight > 0 }.map(\.id) } ?? [id] }
            .filter { registry.figure($0) != nil && seen.insert($0).inserted }
    }

    // MARK: - A product model on its own (the benchmarks' hand-written reference)

    /// The declared model `id` as the hand-written product of the figures its formula multiplies, in order.
    static func productModel(_ id: String, lookup: FigureLookup) throws(AnalysisError) -> ProductModel {
        guard let declaration = lookup.registry.declarations.models.first(where: { $0.id == id }) else {
            throw .missingDeclaration(id: id, needed: "a hand-written product")
        }
        guard let formula = try? FormulaParser.parse(declaration.formula), let factors = Self.factors(of: formula.root),
            factors.count > 1
        else { throw .notAProduct(id: id) }
        var inputs: [ModelInput] = []
        for factor in factors {
            guard let figure = lookup.optional(factor) else { throw .notAProduct(id: id) }
            inputs.append(try lookup.input(factor, name: figure.name ?? factor, model: id, units: [figure.unit]))
        }
        return ProductModel(inputs: inputs)
    }

    /// The ids `node` multiplies, left to right, or nil when it is anything but a product of plain references.
    static func factors(of node: FormulaNode) -> [String]? {
        switch node.kind {
        case .reference(let id, copy: nil): [id]
        case .binary(.multiply, let left, let right, _):
            Self.factors(of: left).flatMap { left in Self.factors(of: right).map { left + $0 } }
        default: nil
        }
    }
}
