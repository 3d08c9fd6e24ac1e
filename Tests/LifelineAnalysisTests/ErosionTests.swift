import PropertyBased
import Testing

@testable import LifelineAnalysis

@Suite("Fee erosion")
struct ErosionTests {
    @Test("one hop at 30 % delivers exactly 70 %")
    func oneHop() {
        #expect(FeeChain.deliveredShare(fee: 0.3, hops: 1) == 0.7)
        let trace = FeeChain.trace(amount: 100, fees: [0.3])
        #expect(trace.delivered == 70)
        #expect(trace.steps.count == 1 && trace.steps[0].taken == 30)
    }

    @Test("three hops at 30 % deliver 34.3 %")
    func threeHops() {
        #expect(abs(FeeChain.deliveredShare(fee: 0.3, hops: 3) - 0.343) < 1e-12)
        let trace = FeeChain.trace(amount: 1000, fees: [0.3, 0.3, 0.3])
        #expect(abs(trace.delivered - 343) < 1e-9)
        #expect(abs(trace.totalTaken + trace.delivered - 1000) < 1e-9)
    }

    @Test("the exchange-rate loss comes after the fees")
    func exchangeLoss() {
        let trace = FeeChain.trace(amount: 100, fees: [0.3], exchangeLoss: 0.1)
        #expect(abs(trace.exchangeLossAmount - 7) < 1e-12)
        #expect(abs(trace.delivered - 63) < 1e-12)
    }

    @Test("what is delivered never exceeds what was sent and never falls below zero")
    func bounds() async {
        await propertyCheck(input: Gen.double(in: 0...1e7), Gen.double(in: 0...1).array(of: 0...6), Gen.double(in: 0...1)) {
            amount, fees, loss in
            let trace = FeeChain.trace(amount: amount, fees: fees, exchangeLoss: loss)
            #expect(trace.delivered <= amount)
            #expect(trace.delivered >= 0)
            #expect(trace.steps.allSatisfy { $0.taken >= 0 && $0.passedOn <= $0.received })
            #expect(abs(trace.totalTaken + trace.exchangeLossAmount + trace.delivered - amount) <= 1e-9 * max(1, amount))
        }
    }

    @Test("erosion is monotonic in the fee")
    func monotonicInFee() async {
        await propertyCheck(input: Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.int(in: 1...6), Gen.double(in: 0...0.5)) {
            a, b, hops, loss in
            let low = min(a, b), high = max(a, b)
            #expect(
                FeeChain.deliveredShare(fee: high, hops: hops, exchangeLoss: loss)
                    <= FeeChain.deliveredShare(fee: low, hops: hops, exchangeLoss: loss))
        }
    }

    @Test("erosion is monotonic in the number of hops")
    func monotonicInHops() async {
        await propertyCheck(input: Gen.double(in: 0...1), Gen.int(in: 0...8), Gen.double(in: 0...0.5)) { fee, hops, loss in
            #expect(
                FeeChain.deliveredShare(fee: fee, hops: hops + 1, exchangeLoss: loss)
                    <= FeeChain.deliveredShare(fee: fee, hops: hops, exchangeLoss: loss))
        }
    }

    @Test("the simulated erosion never delivers more than sent, and more hops deliver less")
    func simulatedModel() throws {
        let ids = ["delivered-share-1-hop", "delivered-share-2-hops", "delivered-share-3-hops"]
        let runs = try ids.map { try #require(sharedResult.model($0)) }
        #expect(runs.allSatisfy { $0.summary.minimum >= 0 && $0.summary.maximum <= 1 })
        #expect(runs[0].mean > runs[1].mean && runs[1].mean > runs[2].mean)
        #expect(runs[0].median > runs[1].median && runs[1].median > runs[2].median)
    }
}
