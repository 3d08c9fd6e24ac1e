import LifelineData

/// The analysis module's entry point: turns a registry into every model's result.
///
/// ```swift
/// let result = try Analysis.run(registry: try Registry.embedded(), options: AnalysisOptions())
/// print(result.model("sk-gross-flow")!.median)   // USD a year
/// ```
///
/// The models are the data's (`models:` in the data file): ``FormulaCompiler`` compiles them into one
/// ``CompiledProgram`` that the engine runs once (each input drawn once per draw and shared by every model that
/// reads it), giving one ``ModelResult`` and one tornado per model; each pool a model draws from is summarised
/// exactly; the data's `comparisons:` and `curves:` are computed generically.
public enum Analysis {
    /// Runs every model. `compiled` is the registry's models as the caller already compiled them
    /// (`FormulaCompiler.compile` of its declarations, as the CLI's loading does to report their errors), so that
    /// they are not compiled twice; nil compiles them here.
    ///
    /// - Throws: ``AnalysisError`` when an option is invalid, the data declares no models or models that do not
    ///   compile, or lacks a figure or model a derived result needs (the message names it).
    public static func run(registry: Registry, compiled: CompiledProgram? = nil, options: AnalysisOptions = AnalysisOptions())
        throws(AnalysisError) -> AnalysisResult
    {
        try options.validate()
        var builder = try AnalysisBuilder(registry: registry, options: options)
        builder.compiled = compiled
        return try builder.build()
    }

    /// Runs the model `id` alone, with the models it uses: the same draws as in the full analysis (each input has
    /// its own stream), so the same result. The quick path for benchmarks and checks.
    public static func model(_ id: String, registry: Registry, options: AnalysisOptions = AnalysisOptions()) throws(AnalysisError)
        -> ModelResult
    {
        try options.validate()
        guard registry.declarations.models.contains(where: { $0.id == id }) else {
            throw .missingDeclaration(id: id, needed: "this run")
        }
        let subset = registry.keeping(models: [id])
        var builder = try AnalysisBuilder(registry: subset, options: options)
        builder.simulate(try builder.compile())
        return builder.model(id)!
    }

    /// The declared model `id`, whose formula multiplies figures only, written out by hand as a ``ProductModel``
    /// of those figures in the formula's order: the reference the formula language is measured against in
    /// `Benchmarks/` and checked against bit for bit.
    ///
    /// - Throws: ``AnalysisError/missingDeclaration(id:needed:)`` when no model `id` is declared,
    ///   ``AnalysisError/notAProduct(id:)`` when its formula is anything but a product of figures.
    public static func productModel(_ id: String, registry: Registry) throws(AnalysisError) -> ProductModel {
        try AnalysisBuilder.productModel(id, lookup: FigureLookup(registry: registry))
    }
}
