import Foundation
import LifelineData
import Testing

@testable import LifelineAnalysis

/// Readings re-run the models under another reading of the evidence: each change gives the numbers a data file
/// written that way by hand gives, full dependence gives the closed-form quantiles, and every run is the same for
/// any number of threads.
@Suite struct ReadingTests {
    /// A small data file: a share and an amount (uniform ranges), a pool of a uniform fee and a point fee, a
    /// product model and a model of two independent copies of the pool; then `tail`.
    static func data(
        share: String = "", amount: String = "", fee: String = "", mix: String = "{fee-low: 1, fee-usual: 1}", _ tail: String = ""
    )
        -> String
    {
        """
        sources:
          - id: paper
            title: A paper
            date_note: Test.
        figures:
          - id: share
            measures: The share who send.
            low: 0.2
            high: 0.6
            unit: share
            year: null
            source: paper
            quote: "20% to 60% send"\(share)
          - id: amount
            measures: USD per transfer.
            low: 2200
            high: 3100
            unit: USD
            year: null
            source: paper
            quote: "USD 2,200 to 3,100"\(amount)
          - id: fee-low
            measures: A fee.
            low: 0.1
            high: 0.4
            unit: share
            year: null
            source: paper
            quote: "10% to 40%"\(fee)
          - id: fee-usual
            measures: The usual fee.
            value: 0.3
            unit: share
            year: null
            source: paper
            quote: "usually 30%"
        pools:
          - id: fee
            mix: \(mix)
        models:
          - id: flow
            name: Flow
            unit: USD
            formula: share * amount
          - id: kept
            name: Kept after two fees
            unit: share
            formula: (1 - fee@1) * (1 - fee@2)
        \(tail)
        """
    }

    /// The main run's models and pools, and every reading, of `text`.
    static func run(_ text: String, draws: Int = 40_000, threads: Int = 2) throws -> (models: [ModelResult], readings: [ReadingResult]) {
        let registry = try RegistryLoader.parse(text, file: "readings.yaml")
        var builder = try AnalysisBuilder(registry: registry, options: AnalysisOptions(draws: draws, threads: threads, readingDraws: draws))
        let program = try builder.compile()
        builder.simulate(program)
        builder.insertPoolResults(program)
        return (builder.models, try builder.readings(reporting: builder.models.map(\.id)))
    }

    @Test func aTriangularReadingGivesTheNumbersOfTriangularRangesWrittenByHand() throws {
        let read = try Self.run(Self.data("readings:\n  - id: tri\n    name: triangular\n    ranges: triangular"))
        let byHand = try Self.run(
            Self.data(
                share: "\n    distribution: triangular\n    mode: 0.4", amount: "\n    distribution: triangular\n    mode: 2650",
                fee: "\n    distribution: triangular\n    mode: 0.25"))
        let reading = try #require(read.readings.first)
        #expect(reading.models.map(\.modelID) == ["flow", "fee", "kept"])
        for model in byHand.models {
            let under = try #require(reading.model(model.id))
            #expect(under.interval == model.summary.interval, "\(model.id)")
            #expect(under.unit == model.unit)
        }
        // The pool's uniform part is triangular too, so the reading moves it.
        #expect(reading.model("fee")!.p5 != read.models.first { $0.id == "fee" }!.p5)
    }

    @Test func aWeightsReadingGivesTheNumbersOfThoseWeightsWrittenByHand() throws {
        let read = try Self.run(
            Self.data(
                "readings:\n  - id: usual\n    name: the usual fee\n    weights: {fee: {fee-usual: 3}}\n    models: [kept, fee]"))
        let byHand = try Self.run(Self.data(mix: "{fee-low: 0, fee-usual: 1}"))
        let reading = try #require(read.readings.first)
        #expect(reading.models.map(\.modelID) == ["kept", "fee"])
        for id in ["kept", "fee"] {
            #expect(reading.model(id)?.interval == byHand.models.first { $0.id == id }?.summary.interval, "\(id)")
        }
        #expect(abs(reading.model("kept")!.median - 0.49) < 1e-12)
    }

    @Test func fullDependenceOfAProductOfTwoUniformsGivesTheClosedFormQuantiles() throws {
        let read = try Self.run(
            Self.data("readings:\n  - id: together\n    name: together\n    dependence: full"), draws: 400_000)
        let reading = try #require(read.readings.first)
        let flow = try #require(reading.model("flow"))
        // Both at the same quantile u: (0.2 + 0.4u)(2200 + 900u), increasing in u; its mean is 440 + 530 + 120.
        let exact = { (p: Double) in (0.2 + 0.4 * p) * (2200 + 900 * p) }
        for (simulated, p) in [(flow.p5, 0.05), (flow.median, 0.5), (flow.p95, 0.95)] {
            #expect(abs(simulated / exact(p) - 1) < 0.004, "p = \(p): \(simulated) against \(exact(p))")
        }
        #expect(abs(flow.mean / 1090 - 1) < 0.002)
        // Independent copies of the pool are at the same quantile too: kept = (1 − fee)², decreasing in u.
        let fee = InputDistribution(
            .mixture([
                MixtureComponent(weight: 1, distribution: InputDistribution(.uniform(low: 0.1, high: 0.4))),
                MixtureComponent(weight: 1, distribution: InputDistribution(.point(0.3))),
            ]))
        let kept = try #require(reading.model("kept"))
        #expect(abs(kept.p95 / pow(1 - fee.quantile(0.05), 2) - 1) < 0.004)
        #expect(abs(kept.p5 / pow(1 - fee.quantile(0.95), 2) - 1) < 0.004)
        // Independent, the interval of the product is narrower.
        let independent = try #require(read.models.first { $0.id == "flow" })
        #expect(independent.p5 > flow.p5 && independent.p95 < flow.p95)
    }

    @Test func readingsAreTheSameForAnyNumberOfThreads() throws {
        let text = Self.data(
            """
            readings:
              - id: together
                name: together
                dependence: full
                ranges: pert
              - id: weights
                name: weights
                weights: {fee: {fee-low: 1}}
            """)
        let one = try Self.run(text, draws: 150_000, threads: 1)
        let three = try Self.run(text, draws: 150_000, threads: 3)
        #expect(one.readings == three.readings)
        #expect(one.readings.map(\.id) == ["together", "weights"])
    }

    @Test func thePiecewiseQuantileOfAMixtureIsInputDistributionsQuantile() throws {
        func d(_ kind: InputDistribution.Kind) -> InputDistribution { InputDistribution(kind) }
        let mixtures = [
            d(
                .mixture([
                    MixtureComponent(weight: 1, distribution: d(.uniform(low: 0.1, high: 0.4))),
                    .init(weight: 1, distribution: d(.point(0.3))),
                ])),
            d(
                .mixture([
                    .init(weight: 2, distribution: d(.triangular(low: 0.3, mode: 0.5, high: 0.7))),
                    .init(weight: 1, distribution: d(.discrete(low: 1, high: 3))),
                    .init(
                        weight: 1.5,
                        distribution: d(
                            .mixture([
                                .init(weight: 1, distribution: d(.uniform(low: 0, high: 2))), .init(weight: 0, distribution: d(.point(9))),
                            ]))),
                    .init(weight: 0.5, distribution: d(.triangular(low: 1, mode: 1, high: 4))),
                ])),
        ]
        for mixture in mixtures {
            let piecewise = try #require(PiecewiseQuantile(mixture))
            // Below 1: at 1 the bisection stops where the rounded CDF first reaches 1, short of the top.
            for step in 0..<2000 {
                let p = Double(step) / 2000
                #expect(abs(piecewise.quantile(p) - mixture.quantile(p)) < 1e-9, "p = \(p) in \(mixture)")
            }
        }
        #expect(PiecewiseQuantile(d(.mixture([.init(weight: 1, distribution: d(.pert(low: 0, mode: 1, high: 2)))]))) == nil)
        #expect(PiecewiseQuantile(d(.uniform(low: 0, high: 1))) == nil)
    }

    /// The statistician's numbers (1e6+ draws, their own code) for the embedded data's readings, within the
    /// 200,000 draws' error.
    @Test func theEmbeddedReadingsGiveTheStatisticiansNumbers() throws {
        func model(_ reading: String, _ id: String) throws -> ReadingModelResult {
            try #require(sharedResult.reading(reading)?.model(id), "\(reading) \(id)")
        }
        let close = { (value: Double, expected: Double) in abs(value / expected - 1) < 0.015 }
        let dependent = try model("dependent-inputs", "sk-gross-flow")
        #expect(close(dependent.p5, 16.8e6) && close(dependent.p95, 120.5e6), "\(dependent)")
        let triangular = try model("triangular-ranges", "sk-gross-flow")
        #expect(close(triangular.p5, 25.8e6) && close(triangular.p95, 92.9e6), "\(triangular)")
        // The route through brokers, 100 × (1 − cut), at the cut's 95th and 5th percentiles in closed form. Main run:
        // Daily NK's U(0.1, 0.4) and SCMP's 30% weighed equally, so (F(x) + 1) / 2 = 0.95 at x = 0.37 and
        // F(x) / 2 = 0.05 at x = 0.13; full dependence leaves a single input's distribution as it is.
        func route(_ reading: String, _ p5: Double, _ p95: Double) throws {
            let brokers = try model(reading, "route-brokers")
            #expect(close(brokers.p5, p5) && close(brokers.p95, p95), "\(reading): \(brokers)")
        }
        try route("dependent-inputs", 63, 87)
        // Three copies of the cut at the same quantile: (1 − 0.37)³ and (1 − 0.13)³.
        let hops = try model("dependent-inputs", "delivered-share-3-hops")
        #expect(close(hops.p5, pow(0.63, 3)) && close(hops.p95, pow(0.87, 3)), "\(hops)")
        // Triangular(0.1, 0.25, 0.4): 1 − (0.4 − x)² / 0.045 = 0.9 and (x − 0.1)² / 0.045 = 0.1.
        try route("triangular-ranges", 100 * (0.6 + 0.0045.squareRoot()), 100 * (0.9 - 0.0045.squareRoot()))
        // PERT(0.1, 0.25, 0.4) is 0.1 + 0.3 × Beta(3, 3), whose CDF is 10x³ − 15x⁴ + 6x⁵ (solved by bisection).
        func beta33(_ p: Double) -> Double {
            var (low, high) = (0.0, 1.0)
            for _ in 0..<60 {
                let x = (low + high) / 2
                if x * x * x * (10 - 15 * x + 6 * x * x) < p { low = x } else { high = x }
            }
            return low
        }
        try route("pert-ranges", 100 * (0.9 - 0.3 * beta33(0.9)), 100 * (0.9 - 0.3 * beta33(0.1)))
        // With the feature's U(0.3, 0.7) weighed equally: (2 + (x − 0.3) / 0.4) / 3 = 0.95 at x = 0.64, and
        // ((x − 0.1) / 0.3) / 3 = 0.05 at x = 0.145.
        try route("fees-with-sometimes", 36, 85.5)
        // Daily NK's U(0.1, 0.4) alone: x = 0.385 and 0.115.
        try route("fees-dailynk-alone", 61.5, 88.5)
        #expect(sharedResult.readings.map(\.id) == TestRegistry.declarations.readings.map(\.id))
    }

    @Test func goldenReadingsNamingWhatIsNotThereAreLocatedWithDidYouMean() throws {
        let registry = try RegistryLoader.parse(
            Self.data(
                """
                readings:
                  - id: wrong
                    name: wrong
                    weights: {fe: {fee-low: 1}, share: {share: 1}, fee: {fee-lo: 1, fee-usual: 1}}
                    models: [flw, fee, share]
                """), file: "readings.yaml")
        let line = Self.data().split(separator: "\n", omittingEmptySubsequences: false).count + 3
        #expect(
            FormulaCompiler.compile(registry.declarations, registry: registry).errors.map(\.description) == [
                "readings.yaml:\(line):15: error: reading `wrong` gives weights to `fe`, which is not declared. Did you mean `fee`? Weigh one of the pools: `fee`.",
                "readings.yaml:\(line):33: error: reading `wrong` gives weights to the figure `share`. Weigh one of the pools: `fee`.",
                "readings.yaml:\(line):58: error: reading `wrong` weighs `fee-lo`, which is not a part of pool `fee`. Did you mean `fee-low`? Weigh the pool's parts: `fee-low`, `fee-usual`.",
                "readings.yaml:\(line + 1):14: error: reading `wrong` reports `flw`, which is not declared. Did you mean `flow`? List the ids of models or pools.",
                "readings.yaml:\(line + 1):24: error: reading `wrong` reports the figure `share`. List the ids of models or pools.",
            ])
    }

    /// The readings re-ran their models at the main run's 10⁶ draws and doubled the time of a build (160 ms against
    /// the 80 ms the 15× target needs); they now take at most 100,000 draws unless told otherwise.
    @Test func readingsTakeAtMostAHundredThousandDrawsByDefaultRegressionForASlowBuild() {
        #expect(AnalysisOptions(draws: 1_000_000).readingDraws == 100_000)
        #expect(AnalysisOptions(draws: 2_000).readingDraws == 2_000)
        #expect(AnalysisOptions(draws: 1_000_000, readingDraws: 500_000).readingDraws == 500_000)
        #expect(throws: AnalysisError.self) { try AnalysisOptions(readingDraws: 0).validate() }
    }
}
