import LifelineData

/// A registry built in code with the figures the articles give, so the analysis can be tested without the
/// embedded YAML.
enum TestRegistry {
    static func figure(
        _ id: String, _ value: FigureValue, _ unit: MeasureUnit, source: String = "feature",
        qualifier: Qualifier? = nil, distribution: DistributionSpec? = nil
    ) -> Figure {
        Figure(
            id: id, measures: "test figure \(id)", value: value, unit: unit, year: nil, source: source,
            quote: "quote for \(id)", qualifier: qualifier, distribution: distribution)
    }

    static let figures: [Figure] = [
        figure("sk-defector-population", .point(34000), .people),
        figure("sk-share-sending", .range(low: 0.2, high: 0.6), .share),
        figure("sk-transfer-amount", .range(low: 2200, high: 3100), .usd),
        figure("sk-transfers-per-year", .range(low: 1, high: 2), .timesPerYear, distribution: .discrete),
        figure("cn-defector-population", .range(low: 30000, high: 50000), .people),
        figure("aggregate-annual-flow", .range(low: 1e7, high: 1e8), .usdPerYear, qualifier: .qualitative),
        figure("fee-feature-range", .range(low: 0.3, high: 0.7), .share),
        figure("fee-feature-upper", .point(0.7), .share, qualifier: .upperBound),
        figure("fee-dailynk-2021", .range(low: 0.1, high: 0.4), .share, source: "dailynk-2021"),
        figure("fee-scmp-usual", .point(0.3), .share, source: "scmp-2018", qualifier: .approximate),
        figure("state-fee-border", .point(0.2), .share, source: "dailynk-2018"),
        figure("survey-2016-size", .point(200), .people, source: "scmp-2018"),
        figure("survey-2016-share-sending", .point(0.6), .share, source: "scmp-2018", qualifier: .approximate),
        figure("survey-2016-annual-amount", .range(low: 900, high: 1800), .usdPerYear, source: "scmp-2018"),
        figure("survey-2016-max-sender", .point(9000), .usdPerYear, source: "scmp-2018"),
        figure("survey-2016-share-regular", .point(0.7), .share, source: "scmp-2018", qualifier: .approximate),
        figure("sdg-10c-cost-target", .point(0.03), .share, source: "un-sdg", qualifier: .upperBound),
        figure("sdg-10c-corridor-limit", .point(0.05), .share, source: "un-sdg"),
    ]

    static let sources: [Source] = ["feature", "dailynk-2021", "scmp-2018", "dailynk-2018", "un-sdg"].map {
        Source(id: $0, title: "Test source \($0)", dateNote: "test")
    }

    /// The default project's parameters, pools, models and comparisons, over these figures.
    static let declarations = (try? Registry.embedded())?.declarations ?? ModelDeclarations()

    /// The full registry.
    static let standard = Registry(sources: sources, figures: figures, declarations: declarations, origin: "test")

    /// The registry without one figure.
    static func without(_ id: String) -> Registry {
        Registry(sources: sources, figures: figures.filter { $0.id != id }, declarations: declarations, origin: "test")
    }

    /// The registry with one figure replaced.
    static func replacing(_ replacement: Figure) -> Registry {
        Registry(
            sources: sources, figures: figures.map { $0.id == replacement.id ? replacement : $0 }, declarations: declarations,
            origin: "test")
    }
}
