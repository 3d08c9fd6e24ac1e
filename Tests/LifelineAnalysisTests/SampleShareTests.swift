import Foundation
import LifelineData
import PropertyBased
import Testing

@testable import LifelineAnalysis

/// A share measured in a sample (`distribution: sample-share`): drawn from the normal approximation of its
/// sampling distribution, sd √(p(1−p)/n), clipped to 0–1, with exact quantiles and moments and a deterministic
/// sampler that gives the quantile of its uniform draw.
@Suite struct SampleShareTests {
    /// The 2016 survey's 60 % of 200 respondents.
    static let survey = InputDistribution(.sampleShare(share: 0.6, size: 200))

    @Test func theSurveysSixtyPerCentOfTwoHundredIsNormalWithItsStandardError() {
        let sd = (0.6 * 0.4 / 200).squareRoot()
        #expect(InputDistribution.sampleShareSD(share: 0.6, size: 200) == sd)
        #expect(Self.survey.quantile(0.5) == 0.6)
        #expect(abs(Self.survey.quantile(0.05) - (0.6 - StandardNormal.z95 * sd)) < 1e-15)
        #expect(abs(Self.survey.quantile(0.95) - (0.6 + StandardNormal.z95 * sd)) < 1e-15)
        #expect(abs(Self.survey.mean - 0.6) < 1e-15)
        #expect(abs(Self.survey.variance - sd * sd) < 1e-15)
        #expect(Self.survey.name == "sample-share")
        #expect(Self.survey.description == "sample-share(0.6 of 200)")
        #expect(Self.survey.support.lowerBound > 0.3 && Self.survey.support.upperBound < 0.9)  // ±7.9 standard errors
    }

    @Test func aFigureDrawnAsASampleShareBecomesOneAndASampleOfNoneStaysAPoint() {
        let figure = TestRegistry.figure(
            "share", .point(0.6), .share, distribution: .sampleShare(sample: "size", size: 200))
        #expect(InputDistribution(figure: figure) == Self.survey)
        #expect(InputDistribution(value: .point(0.6), spec: .sampleShare(sample: "size", size: 0)).kind == .point(0.6))
    }

    @Test func quantileAndCDFInvertEachOtherInsideZeroToOne() async {
        await propertyCheck(input: Gen.double(in: 0.05...0.95), Gen.int(in: 100...100_000), Gen.double(in: 0.001...0.999)) {
            share, size, p in
            let d = InputDistribution(.sampleShare(share: share, size: size))
            let x = d.quantile(p)
            #expect((0...1).contains(x))
            if x > 0 && x < 1 { #expect(abs(d.cdf(x) - p) < 1e-9, "share \(share), n \(size), p \(p)") }
            #expect(d.quantile(p) <= d.quantile(min(1, p + 0.01)))
        }
    }

    @Test func aDrawIsTheQuantileOfItsUniformNumberBitForBit() async {
        await propertyCheck(input: Gen.uint64(in: 0...UInt64.max), Gen.double(in: 0.05...0.95), Gen.int(in: 20...5000)) {
            seed, share, size in
            let d = InputDistribution(.sampleShare(share: share, size: size))
            guard case .leaf(let leaf) = d.sampler else {
                Issue.record("a sample share is not one leaf")
                return
            }
            var drawing = Xoshiro256StarStar(seed: seed), reading = drawing
            for _ in 0..<64 {
                let draw = leaf.draw(using: &drawing)
                #expect(draw.bitPattern == d.quantile(reading.nextOpenUnit()).bitPattern)
            }
        }
    }

    /// Where the clip matters (5 % of 40: 0 is 1.45 standard errors away), the moments still match the
    /// distribution's own quantiles integrated numerically.
    @Test func theClippedMeanAndVarianceAreExactWhereTheClipMatters() {
        let d = InputDistribution(.sampleShare(share: 0.05, size: 40))
        #expect(d.quantile(0.05) == 0)
        let n = 1_000_000
        var first = 0.0, second = 0.0
        for i in 0..<n {
            let x = d.quantile((Double(i) + 0.5) / Double(n))
            first += x
            second += x * x
        }
        first /= Double(n)
        second /= Double(n)
        #expect(abs(d.mean - first) < 1e-6)
        #expect(abs(d.variance - (second - first * first)) < 1e-6)
        #expect(d.mean > 0.05)  // the clip at 0 lifts the mean above the share
    }

    @Test func theSurveyFlowCarriesTheSamplingUncertaintyOfItsTwoHundredRespondents() throws {
        let registry = try Registry.embedded()
        let figure = try #require(registry.figure("survey-2016-share-sending"))
        #expect(figure.distribution == .sampleShare(sample: "survey-2016-size", size: 200))
        let result = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 20_000))
        let flow = try #require(result.model("sk-survey-flow"))
        let input = try #require(flow.inputs.first { $0.figureID == "survey-2016-share-sending" })
        #expect(input.distribution == "sample-share" && input.parameters == "sample-share(0.6 of 200)")
        #expect(input.p5 < 0.55 && input.p95 > 0.65)
        let tornado = try #require(result.sensitivity(of: "sk-survey-flow"))
        #expect(tornado.rows.contains { $0.figureID == "survey-2016-share-sending" })
    }
}
