import LifelineData

/// The analysis module's entry point: turns a registry into every model's result.
///
/// ```swift
/// let result = try Analysis.run(registry: try Registry.embedded(), options: AnalysisOptions())
/// print(result.model("sk-gross-flow")!.median)   // USD a year
/// ```
///
/// Model ids, in order (the number is the analysis plan's model):
/// 1 `sk-gross-flow`; 2 `sk-survey-flow`; 3 `cn-scenario-flow`, `total-flow-scenario`; 4 `fee-pooled`,
/// `broker-fee-pooled`; 5 `delivered-share-1-hop`, `delivered-share-2-hops`, `delivered-share-3-hops`;
/// 6 `split-family`, `split-brokers`, `split-state`, `split-exchange-loss` (per 100 USD), `sk-family-receipts`,
/// `sk-broker-capture`, `sk-state-capture`, `sk-exchange-loss` (USD a year);
/// 7 `sk-gain-at-target`, `sk-family-receipts-at-target`, `family-annual-sent`, `family-annual-received`,
/// `family-annual-lost`. Models 1–3 and 5–7 are simulated together by ``BriefingModel`` (each input drawn once
/// per draw); model 4's pooled fees are summarised exactly. Model 8 (the cross-check) is ``AnalysisResult/crossCheck``.
public enum Analysis {
    /// Runs every model.
    ///
    /// - Throws: ``AnalysisError`` when an option is invalid or the registry lacks a figure a model needs (the
    ///   message names the figure and the model).
    public static func run(registry: Registry, options: AnalysisOptions = AnalysisOptions()) throws(AnalysisError) -> AnalysisResult {
        try options.validate()
        var builder = try AnalysisBuilder(registry: registry, options: options)
        return try builder.build()
    }

    /// Runs model 1 alone (gross annual flow from South Korea): the quick path for benchmarks and checks.
    public static func grossFlow(registry: Registry, options: AnalysisOptions = AnalysisOptions()) throws(AnalysisError) -> ModelResult {
        try options.validate()
        var builder = try AnalysisBuilder(registry: registry, options: options)
        return try builder.grossFlow()
    }

    /// Model 1's hand-written product (population × share who send × USD per transfer × transfers per year): the
    /// reference the formula language is measured against in `Benchmarks/` and checked against bit for bit.
    public static func grossFlowModel(registry: Registry) throws(AnalysisError) -> ProductModel {
        try AnalysisBuilder.grossFlowModel(FigureLookup(registry: registry))
    }
}
