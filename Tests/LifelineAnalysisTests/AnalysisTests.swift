import Foundation
import LifelineData
import Testing

@testable import LifelineAnalysis

/// One full run shared by the tests that only read it.
let sharedResult: AnalysisResult = try! Analysis.run(registry: TestRegistry.standard, options: AnalysisOptions(draws: 200_000, threads: 2))

@Suite("Analysis of the registry")
struct AnalysisTests {
    let result = sharedResult

    @Test("model 1's mean is close to 34,000 × 0.4 × 2,650 × 1.5 under uniform ranges")
    func modelOneMean() throws {
        let model = try #require(result.model("sk-gross-flow"))
        let expected = 34000 * 0.4 * 2650 * 1.5
        #expect(abs(model.mean - expected) < 4 * model.summary.meanStandardError)
        #expect(abs(model.mean / expected - 1) < 0.005)
        #expect(model.unit == "USD/year" && model.kind == .sourcedEstimate)
        #expect(model.figures == ["sk-defector-population", "sk-share-sending", "sk-transfer-amount", "sk-transfers-per-year"])
        // Bounds: 34,000 × 0.2 × 2,200 × 1 and 34,000 × 0.6 × 3,100 × 2.
        #expect(model.summary.minimum >= 14_960_000 && model.summary.maximum <= 126_480_000)
    }

    @Test("every model has a kebab-case id, ordered percentiles and citations")
    func everyModel() {
        let expected = [
            "sk-gross-flow", "sk-survey-flow", "cn-scenario-flow", "total-flow-scenario", "broker-fee-pooled", "fee-per-intermediary",
            "route-brokers", "route-state", "route-brokers-extortion", "route-worst", "sk-broker-capture", "sk-family-receipts",
            "family-one-transfer", "family-two-transfers", "family-annual-sent", "cost-times-target", "cost-times-corridor-limit",
            "sk-gain-at-target", "delivered-share-1-hop", "delivered-share-2-hops", "delivered-share-3-hops",
        ]
        #expect(result.models.map(\.id) == expected)
        for model in result.models {
            #expect(model.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
            let s = model.summary
            #expect(
                s.minimum <= s.p5 && s.p5 <= s.p25 && s.p25 <= s.median && s.median <= s.p75 && s.p75 <= s.p95 && s.p95 <= s.maximum,
                "\(model.id)")
            #expect(!model.figures.isEmpty, "\(model.id) cites no figure")
            #expect(model.figures.allSatisfy { TestRegistry.standard.figure($0) != nil }, "\(model.id)")
        }
    }

    @Test("scenarios are labelled and their assumptions are never presented as sourced")
    func scenarios() throws {
        let china = try #require(result.model("cn-scenario-flow"))
        #expect(china.kind == .scenario)
        #expect(china.inputs.filter { !$0.sourced }.count == 2)
        #expect(china.inputs.filter { !$0.sourced }.allSatisfy { $0.figureID == nil })
        #expect(china.assumptions.contains { !$0.sourced && $0.name == "share who send (China, assumed)" })
        let names = Set(result.assumptions.map(\.name))
        for stated in try Registry.embedded().declarations.assumptions { #expect(names.contains(stated.name)) }
        #expect(result.assumptions.allSatisfy { !$0.sourced })
        for model in result.models {
            for assumption in model.assumptions where assumption.sourced {
                #expect(assumption.figureID != nil, "\(model.id): \(assumption.name)")
            }
        }
    }

    @Test("the routes of 100 USD and the parts of the annual flow add up draw by draw")
    func routesAddUp() throws {
        func model(_ id: String) throws -> ModelResult { try #require(result.model(id)) }
        // Through brokers: 100 USD less the pooled cut, whose mean is exact (the pool's own distribution).
        let brokers = try model("route-brokers"), cut = try model("broker-fee-pooled")
        #expect(abs(brokers.mean - 100 * (1 - cut.mean)) < 4 * brokers.summary.meanStandardError)
        // The extortion is a single illustrated 20% taken after the brokers' cut, on the same draws.
        #expect(abs(try model("route-brokers-extortion").mean / (0.8 * brokers.mean) - 1) < 1e-12)
        for (id, delivered) in [("route-state", 80.0), ("route-worst", 30.0)] {
            let route = try model(id)
            #expect(abs(route.summary.minimum - delivered) < 1e-9 && abs(route.summary.maximum - delivered) < 1e-9, "\(id)")
        }
        // The annual parts use model 1's own draws (common random numbers), so they add up to model 1's mean.
        let gross = try model("sk-gross-flow")
        #expect(abs((try model("sk-family-receipts").mean + model("sk-broker-capture").mean) / gross.mean - 1) < 1e-12)
        #expect(abs(try model("family-two-transfers").mean / (2 * model("family-one-transfer").mean) - 1) < 1e-12)
        let total = try model("total-flow-scenario"), china = try model("cn-scenario-flow")
        #expect(abs((gross.mean + china.mean) / total.mean - 1) < 1e-12)
    }

    @Test("the pooled fee mixes the sources with equal weights")
    func pooledFee() throws {
        // The feature's "sometimes 30–70%" weighs nothing in the brokers' usual cut.
        let brokers = try #require(result.model("broker-fee-pooled"))
        #expect(abs(brokers.mean - (0.25 + 0.3) / 2) < 1e-12)
        #expect(brokers.figures == ["fee-dailynk-2021", "fee-scmp-usual"])
        let each = try #require(result.model("fee-per-intermediary"))
        #expect(abs(each.mean - (0.25 + 0.3) / 2) < 1e-12)
    }

    @Test("the fee-erosion curve starts at 1 and falls with the fee and with hops")
    func feeErosionCurve() throws {
        let curve = try #require(result.curve("fee-erosion"))
        #expect(curve.overID == "fee-per-intermediary" && curve.overUnit == "share")
        #expect(curve.models.map(\.modelID) == ["delivered-share-1-hop", "delivered-share-2-hops", "delivered-share-3-hops"])
        for series in curve.models {
            #expect(series.points.count == 81 && series.points.first!.y == 1 && series.points.last!.x == 0.8)
            #expect(zip(series.points, series.points.dropFirst()).allSatisfy { $0.y >= $1.y })
        }
        let atThirty = curve.models.map { series in series.points.first { abs($0.x - 0.3) < 1e-9 }!.y }
        #expect(abs(atThirty[0] - 0.7) < 1e-12 && abs(atThirty[2] - 0.343) < 1e-12)
        #expect(zip(curve.models, curve.models.dropFirst()).allSatisfy { $0.atMedian > $1.atMedian })
    }

    @Test("the cut in multiples of the SDG target and limit, and the gain at the target, are models drawn with the routes' draws")
    func costAgainstTarget() throws {
        func model(_ id: String) throws -> ModelResult { try #require(result.model(id)) }
        let times = try model("cost-times-target"), limit = try model("cost-times-corridor-limit")
        let cut = try model("broker-fee-pooled"), brokers = try model("route-brokers")
        // The same draws as the route through brokers (common random numbers): cut = 1 − route / 100, mean by mean.
        #expect(abs(times.mean / ((1 - brokers.mean / 100) / 0.03) - 1) < 1e-9)
        #expect(abs(limit.mean / ((1 - brokers.mean / 100) / 0.05) - 1) < 1e-9)
        // The cut's median is the exact 30% (Daily NK's range and SCMP's 30% weighed equally), within the histogram's resolution.
        #expect(abs(times.median / (cut.median / 0.03) - 1) < 0.001 && abs(limit.median / (cut.median / 0.05) - 1) < 0.001)
        #expect(times.p5 > 1 && limit.p5 > 1)
        // A ratio to the target is sourced; the gain if costs fell to it is a scenario (an assumption about that model).
        #expect(times.kind == .sourcedEstimate && limit.kind == .sourcedEstimate)
        let gain = try model("sk-gain-at-target"), gross = try model("sk-gross-flow")
        #expect(gain.kind == .scenario)
        #expect(gain.assumptions.contains { $0.name == "costs at the SDG 10.c target" })
        // Simulated draw by draw in the data (gross flow × (cut − target)): the brokers' capture less 3% of the flow.
        #expect(abs(gain.mean / (try model("sk-broker-capture").mean - 0.03 * gross.mean) - 1) < 1e-9)
    }

    @Test("the survey comparisons declared in the data name agreements and differences")
    func comparison() throws {
        let share = try #require(result.comparison("survey-share-against-feature"))
        #expect(share.overlap == .agree)  // about 60 % against 20–60 %
        let amount = try #require(result.comparison("survey-amount-against-feature"))
        #expect(amount.overlap == .lower)  // US$900–1,800 a year lies below what the article's figures imply
        let flow = try #require(result.comparison("survey-flow-against-feature"))
        #expect(flow.medianRatio == result.model("sk-survey-flow")!.median / result.model("sk-gross-flow")!.median)
    }

    @Test("the claim declared in the data states whether tens of millions holds, with numbers")
    func crossCheck() throws {
        let check = try #require(result.comparison("flow-against-articles"))
        #expect(check.second.low == 1e7 && check.second.high == 1e8)
        // The flow from South Korea and China, whose inputs come partly from the claim's own source.
        let total = try #require(result.model("total-flow-scenario"))
        #expect(check.first.id == "total-flow-scenario" && check.first.low == total.p5 && check.first.high == total.p95)
        #expect(check.verdict == CrossCheckVerdict.of(claimLow: 1e7, claimHigh: 1e8, modelLow: total.p5, modelHigh: total.p95))
        #expect(check.sameSource == true)
        let elsewhere = TestRegistry.replacing(
            TestRegistry.figure(
                "aggregate-annual-flow", .range(low: 1e7, high: 1e8), .usdPerYear, source: "un-sdg", qualifier: .qualitative))
        let independent = try Analysis.run(registry: elsewhere, options: AnalysisOptions(draws: 1_000, threads: 1))
        #expect(independent.comparison("flow-against-articles")?.sameSource == false)
        #expect((check.shareInClaim ?? 0) > 0.5 && (check.shareInClaim ?? 2) <= 1)
        #expect(check.qualitative == true)  // "tens of millions" is words, read as a range
        #expect(CrossCheckVerdict.of(claimLow: 10, claimHigh: 100, modelLow: 20, modelHigh: 90) == .holds)
        #expect(CrossCheckVerdict.of(claimLow: 10, claimHigh: 100, modelLow: 20, modelHigh: 190) == .partly)
        #expect(CrossCheckVerdict.of(claimLow: 10, claimHigh: 100, modelLow: 120, modelHigh: 190) == .doesNotHold)
    }

    @Test("tornado rows hold the other inputs at medians a sender can reach (1 transfer a year, not 1.5)")
    func sensitivity() throws {
        let tornado = try #require(result.sensitivity(of: "sk-gross-flow"))
        #expect(abs(tornado.baseline - 34000 * 0.4 * 2650 * 1) < 1e-6)
        #expect(tornado.rows.count == 3)  // the population is a single value
        let share = try #require(tornado.rows.first { $0.figureID == "sk-share-sending" })
        #expect(abs(share.inputLow - 0.22) < 1e-12 && abs(share.inputHigh - 0.58) < 1e-12)
        #expect(abs(share.outputAtLow - 34000 * 0.22 * 2650 * 1) < 1e-6)
        #expect(zip(tornado.rows, tornado.rows.dropFirst()).allSatisfy { $0.swing >= $1.swing })
        #expect(tornado.rows[0].figureID == "sk-transfers-per-year" || tornado.rows[0].figureID == "sk-share-sending")
    }

    @Test("results are identical for any number of threads, and repeatable")
    func threadIndependence() throws {
        let options = { (threads: Int) in AnalysisOptions(draws: 150_000, seed: 99, threads: threads) }
        let one = try Analysis.run(registry: TestRegistry.standard, options: options(1))
        let three = try Analysis.run(registry: TestRegistry.standard, options: options(3))
        #expect(one == three)
        #expect(try one.jsonData() == three.jsonData())
        let other = try Analysis.run(registry: TestRegistry.standard, options: AnalysisOptions(draws: 150_000, seed: 100, threads: 2))
        #expect(one.model("sk-gross-flow")!.mean != other.model("sk-gross-flow")!.mean)
    }

    @Test("model 1 alone gives the same result as in the full run")
    func grossFlowAlone() throws {
        let alone = try Analysis.model(
            "sk-gross-flow", registry: TestRegistry.standard, options: AnalysisOptions(draws: 200_000, threads: 1))
        #expect(alone == result.model("sk-gross-flow"))
    }
}
