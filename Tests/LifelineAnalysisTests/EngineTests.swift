import Foundation
import LifelineData
import PropertyBased
import Testing

@testable import LifelineAnalysis

@Suite("Monte Carlo engine")
struct EngineTests {
    func uniform(_ name: String, _ low: Double, _ high: Double) -> ModelInput {
        ModelInput(name: name, figureID: nil, unit: "x", distribution: InputDistribution(.uniform(low: low, high: high)), sourced: false)
    }

    @Test("the mean of a product of independent uniforms matches its closed form within the Monte Carlo error")
    func productOfUniforms() async {
        await propertyCheck(count: 12, input: Gen.double(in: 0.1...10), Gen.double(in: 0.1...10), Gen.uint64(in: 0...UInt64.max)) {
            a, b, seed in
            let model = ProductModel(inputs: [uniform("x", a, 2 * a), uniform("y", b, 3 * b), uniform("z", 1, 2)])
            let statistics = MonteCarlo.run(model, draws: 200_000, seed: seed, threads: 2)[0]
            let mean = (1.5 * a) * (2 * b) * 1.5
            // E[X²] of uniform(l, h) is (l² + lh + h²)/3; the variance of a product of independents is Π E[X²] − Π E[X]².
            let second = (a * a * 7 / 3) * (b * b * 13 / 3) * (7.0 / 3)
            let standardError = ((second - mean * mean) / 200_000).squareRoot()
            #expect(abs(statistics.mean - mean) < 4.5 * standardError)
            #expect(abs(statistics.variance / (second - mean * mean) - 1) < 0.03)
        }
    }

    @Test("the same seed gives identical results, and any number of threads the same results")
    func determinism() async {
        await propertyCheck(count: 8, input: Gen.uint64(in: 0...UInt64.max), Gen.int(in: 1...300_000), Gen.int(in: 1...5)) {
            seed, draws, threads in
            let model = ProductModel(inputs: [
                uniform("x", 0.2, 0.6), uniform("y", 2200, 3100),
                ModelInput(
                    name: "t", figureID: nil, unit: "x",
                    distribution: InputDistribution(.discrete(low: 1, high: 2)), sourced: false),
            ])
            let one = MonteCarlo.run(model, draws: draws, seed: seed, threads: 1)
            let again = MonteCarlo.run(model, draws: draws, seed: seed, threads: 1)
            let many = MonteCarlo.run(model, draws: draws, seed: seed, threads: threads)
            #expect(one == again)
            #expect(one == many)
        }
    }

    @Test("a different seed gives different draws")
    func seedsDiffer() {
        let model = ProductModel(inputs: [uniform("x", 0, 1)])
        let a = MonteCarlo.run(model, draws: 1000, seed: 1, threads: 1)[0]
        let b = MonteCarlo.run(model, draws: 1000, seed: 2, threads: 1)[0]
        #expect(a.mean != b.mean)
    }

    @Test("summary percentiles are ordered for random models")
    func summariesOrdered() async {
        await propertyCheck(
            count: 25, input: Gen.double(in: -5...5).array(of: 2...2), Gen.double(in: 0.01...100), Gen.uint64(in: 0...UInt64.max)
        ) { ends, width, seed in
            let low = ends.min()!, high = low + width
            let model = SumModel(inputs: [uniform("a", low, high), uniform("b", -width, ends.max()!)])
            let summary = Summary(MonteCarlo.run(model, draws: 20_000, seed: seed, threads: 2)[0])
            let ordered = [summary.minimum, summary.p5, summary.p25, summary.median, summary.p75, summary.p95, summary.maximum]
            #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0 <= $1 }, "\(ordered)")
            #expect(summary.histogram.reduce(0) { $0 + $1.count } == 20_000)
        }
    }

    @Test("a point input gives a point output with zero spread")
    func pointOutput() {
        let model = ProductModel(inputs: [.constant("a", 34000, unit: "people"), .constant("b", 0.5, unit: "share")])
        let summary = Summary(MonteCarlo.run(model, draws: 70_000, seed: 1, threads: 2)[0])
        #expect(summary.mean == 17000 && summary.median == 17000 && summary.p5 == 17000 && summary.p95 == 17000)
        #expect(summary.standardDeviation == 0)
        #expect(summary.histogram.count == 1)
    }

    @Test("scaling a summary scales every number")
    func scaling() {
        let model = ProductModel(inputs: [uniform("x", 1, 3)])
        let summary = Summary(MonteCarlo.run(model, draws: 10_000, seed: 1, threads: 1)[0])
        let scaled = summary.scaled(by: 10)
        #expect(scaled.median == summary.median * 10 && scaled.p95 == summary.p95 * 10 && scaled.count == summary.count)
        let interval = Interval(mean: 2, p5: 1, median: 2, p95: 3).subtracted(from: 10)
        #expect(interval == Interval(mean: 8, p5: 7, median: 8, p95: 9))
    }

    @Test("the exact summary of a distribution matches its quantiles")
    func exactSummary() {
        let d = InputDistribution(.uniform(low: 0.1, high: 0.4))
        let summary = Summary(exactly: d, count: 1000, bins: 10)
        #expect(abs(summary.median - 0.25) < 1e-12 && abs(summary.p5 - 0.115) < 1e-12)
        #expect(summary.histogram.reduce(0) { $0 + $1.count } == 1000)
        #expect(abs(summary.standardDeviation - 0.3 / 12.0.squareRoot()) < 1e-12)
    }
}

/// A test model: the sum of its inputs (so outputs can be negative, zero or positive).
struct SumModel: SimulationModel {
    let inputs: [ModelInput]
    var outputCount: Int { 1 }

    func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
        y.update(repeating: 0, count: count)
        for i in inputs.indices {
            for j in 0..<count { y[j] += x[i * stride + j] }
        }
    }
}
