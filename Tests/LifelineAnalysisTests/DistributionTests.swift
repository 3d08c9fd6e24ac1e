import Foundation
import LifelineData
import PropertyBased
import Testing

@testable import LifelineAnalysis

@Suite("Input distributions")
struct DistributionTests {
    @Test("a registry range is uniform by default and a single value a point")
    func defaults() {
        let range = TestRegistry.figure("x", .range(low: 0.2, high: 0.6), .share)
        #expect(InputDistribution(figure: range).kind == .uniform(low: 0.2, high: 0.6))
        let point = TestRegistry.figure("y", .point(34000), .people)
        #expect(InputDistribution(figure: point).kind == .point(34000))
        let discrete = TestRegistry.figure("z", .range(low: 1, high: 2), .timesPerYear, distribution: .discrete)
        #expect(InputDistribution(figure: discrete).kind == .discrete(low: 1, high: 2))
    }

    @Test("uniform, triangular and discrete quantiles have their closed forms")
    func closedForms() {
        let uniform = InputDistribution(.uniform(low: 2200, high: 3100))
        #expect(uniform.quantile(0.5) == 2650)
        #expect(abs(uniform.quantile(0.05) - 2245) < 1e-9)
        let triangle = InputDistribution(.triangular(low: 0, mode: 1, high: 2))
        #expect(abs(triangle.quantile(0.5) - 1) < 1e-12)
        #expect(abs(triangle.cdf(triangle.quantile(0.3)) - 0.3) < 1e-12)
        let times = InputDistribution(.discrete(low: 1, high: 2))
        #expect(times.quantile(0.05) == 1)
        #expect(times.quantile(0.5) == 1.5)
        #expect(times.quantile(0.95) == 2)
        #expect(times.mean == 1.5)
    }

    @Test("a log-normal puts the range's ends at its 5th and 95th percentiles")
    func lognormalFit() {
        let d = InputDistribution(.lognormal(low: 1e7, high: 1e8))
        #expect(abs(d.quantile(0.05) / 1e7 - 1) < 1e-9)
        #expect(abs(d.quantile(0.95) / 1e8 - 1) < 1e-9)
        #expect(abs(d.cdf(1e8) - 0.95) < 1e-9)
    }

    @Test("the inverse normal is accurate")
    func inverseNormal() {
        for p in [1e-10, 0.001, 0.05, 0.3, 0.5, 0.8, 0.975, 0.999999] {
            #expect(abs(StandardNormal.cdf(StandardNormal.quantile(p)) - p) < 1e-12 * max(1, 1 / p))
        }
        #expect(abs(StandardNormal.quantile(0.975) - 1.959963984540054) < 1e-14)
    }

    @Test("PERT's tabulated mean and mode agree with the formulas")
    func pert() {
        let d = InputDistribution(.pert(low: 0.1, mode: 0.3, high: 0.7))
        #expect(abs(d.mean - (0.1 + 4 * 0.3 + 0.7) / 6) < 1e-6)
        #expect(abs(d.cdf(d.quantile(0.25)) - 0.25) < 1e-4)
        #expect(d.quantile(0) == 0.1 && d.quantile(1) == 0.7)
    }

    @Test("a mixture's CDF and quantile are consistent, with point masses")
    func mixture() {
        let d = InputDistribution(
            .mixture([
                MixtureComponent(weight: 1, distribution: InputDistribution(.uniform(low: 0.1, high: 0.4))),
                MixtureComponent(weight: 1, distribution: InputDistribution(.point(0.3))),
                MixtureComponent(weight: 1, distribution: InputDistribution(.uniform(low: 0.3, high: 0.7))),
                MixtureComponent(weight: 1, distribution: InputDistribution(.point(0.2))),
            ]))
        #expect(abs(d.mean - (0.25 + 0.3 + 0.5 + 0.2) / 4) < 1e-12)
        for p in [0.05, 0.25, 0.5, 0.75, 0.95] {
            let q = d.quantile(p)
            #expect(d.cdf(q) >= p - 1e-12)
            #expect(d.cdf(q.nextDown * (1 - 1e-12)) <= p + 1e-12)
        }
        // A quarter of the mass sits exactly at 0.3: the median is there.
        #expect(abs(d.quantile(0.5) - 0.3) < 1e-12)
    }

    @Test(
        "simulated means match exact means for every kind",
        arguments: [
            InputDistribution(.uniform(low: 2200, high: 3100)),
            InputDistribution(.triangular(low: 0.1, mode: 0.2, high: 0.6)),
            InputDistribution(.pert(low: 30000, mode: 34000, high: 50000)),
            InputDistribution(.lognormal(low: 1e7, high: 1e8)),
            InputDistribution(.discrete(low: 1, high: 3)),
            InputDistribution(.discrete(low: 1, high: 2)),
            InputDistribution(
                .mixture([
                    MixtureComponent(weight: 2, distribution: InputDistribution(.uniform(low: 0.1, high: 0.4))),
                    MixtureComponent(weight: 1, distribution: InputDistribution(.point(0.3))),
                ])),
            InputDistribution(
                .mixture([
                    MixtureComponent(weight: 1, distribution: InputDistribution(.triangular(low: 0.1, mode: 0.2, high: 0.4))),
                    MixtureComponent(weight: 1, distribution: InputDistribution(.discrete(low: 0, high: 1))),
                ])),
        ])
    func simulatedMeans(_ distribution: InputDistribution) throws {
        let input = ModelInput(name: "x", figureID: nil, unit: "x", distribution: distribution, sourced: false)
        let statistics = MonteCarlo.run(IdentityModel(inputs: [input]), draws: 400_000, seed: 7, threads: 2)[0]
        let standardError = distribution.variance.squareRoot() / Double(statistics.count).squareRoot()
        #expect(abs(statistics.mean - distribution.mean) < 5 * standardError)
        #expect(abs(statistics.variance / distribution.variance - 1) < 0.02)
        // Simulated percentiles sit close to the exact ones.
        for p in [0.05, 0.5, 0.95] {
            let exact = distribution.quantile(p)
            let spread = distribution.quantile(min(p + 0.01, 1)) - distribution.quantile(max(p - 0.01, 0))
            #expect(abs(statistics.quantile(p) - exact) <= spread + 0.002 * abs(exact))
        }
    }
}
