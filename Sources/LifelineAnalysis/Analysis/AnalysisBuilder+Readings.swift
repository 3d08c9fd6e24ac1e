import LifelineData

extension AnalysisBuilder {
    /// Every reading the data declares, in its order: the models it reports re-run under it (see
    /// ``reading(_:reporting:)``); `reported` are the ids of the main run's results, in order (``resultIDs(_:)``),
    /// which a reading that lists no models reports.
    func readings(reporting reported: [String]) throws(AnalysisError) -> [ReadingResult] {
        var results: [ReadingResult] = []
        for reading in registry.declarations.readings { results.append(try self.reading(reading, reporting: reported)) }
        return results
    }

    /// The models `reading` reports (every result of the main run, `all`, when it lists none), re-run under it with
    /// the main run's seed and ``AnalysisOptions/readingDraws`` draws: ranges and weights change the data (``Registry/read(as:)``); full
    /// dependence runs the models through a ``ComonotonicProgram`` with the stream `reading:<id>`. Only the
    /// reported models and those they use are run; a reported pool is summarised exactly, as in the main run.
    func reading(_ reading: ReadingDeclaration, reporting all: [String]) throws(AnalysisError) -> ReadingResult {
        let reported = reading.models.isEmpty ? all : reading.models.map(\.id)
        let read = registry.read(as: reading)
        let declared = Set(read.declarations.models.map(\.id))
        let subset = read.keeping(models: reported.filter(declared.contains))
        // The whole data's symbols, for a reported pool (summarised exactly, not run); declared only when one is.
        lazy var compiler: FormulaCompiler = {
            var compiler = FormulaCompiler(declarations: read.declarations, registry: read)
            compiler.declareSymbols()
            return compiler
        }()
        var program: CompiledProgram?
        var runs: [SampleStatistics] = []
        if !subset.declarations.models.isEmpty {
            let compiled: CompiledProgram
            do {
                compiled = try FormulaCompiler.compile(subset.declarations, registry: subset).get()
            } catch {
                throw .invalidModels(error.description)
            }
            runs =
                reading.dependence == .full
                ? MonteCarlo.run(
                    ComonotonicProgram(compiled, key: "reading:" + reading.id), draws: options.readingDraws, seed: options.seed,
                    threads: options.threads)
                : MonteCarlo.run(compiled, draws: options.readingDraws, seed: options.seed, threads: options.threads)
            program = compiled
        }
        var results: [ReadingModelResult] = []
        for id in reported {
            if let program, let output = program.output(of: id) {
                let summary = Summary(runs[output], bins: 0)
                results.append(ReadingModelResult(modelID: id, unit: program.models[output].unit, interval: summary.interval))
            } else if let distribution = compiler.distribution(of: id) {
                let summary = Summary(exactly: distribution, count: options.readingDraws, bins: 0)
                results.append(ReadingModelResult(modelID: id, unit: compiler.unit(of: id) ?? "", interval: summary.interval))
            }
        }
        return ReadingResult(id: reading.id, name: reading.name, why: reading.why, draws: options.readingDraws, models: results)
    }
}
