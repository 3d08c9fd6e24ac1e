import LifelineCharts
import Testing

@Suite struct LabelDodgeTests {
    @Test func clustersSpreadAroundTheirMean() {
        #expect(LabelDodge.spread([100, 102, 104], spacing: 10, within: 0...300) == [92, 102, 112])
    }

    @Test func keepsInputOrderAndSeparatedLabelsStay() {
        #expect(LabelDodge.spread([200, 50, 52], spacing: 10, within: 0...300) == [200, 46, 56])
        #expect(LabelDodge.spread([10, 100], spacing: 10, within: 0...300) == [10, 100])
    }

    @Test func staysInsideBounds() {
        let spread = LabelDodge.spread([295, 298, 299, .nan], spacing: 10, within: 0...300)
        #expect(spread.allSatisfy { (0...300).contains($0) })
        let sorted = spread.sorted()
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $1 - $0 >= 10 - 1e-9 })
        #expect(spread[3] == 0)
    }

    @Test func tooManyLabelsStartAtTheTop() {
        let spread = LabelDodge.spread(Array(repeating: 5, count: 5), spacing: 10, within: 0...20)
        #expect(spread.sorted() == [0, 10, 20, 30, 40])
    }
}
