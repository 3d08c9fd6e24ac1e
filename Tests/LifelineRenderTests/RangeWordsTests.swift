import Testing

@testable import LifelineRender

/// The editor found "USD 2,200–USD 6,200" beside "USD 2,200–3,100" in one paragraph: a range now writes its unit once.
@Suite struct RangeWordsTests {
    @Test func aRangeWritesItsUnitOnceRegressionForMixedRangeStyles() {
        typealias W = ReportContext.Words
        #expect(W.shared("USD 2,300", "USD 6,000") == ("USD 2,300", "6,000"))
        #expect(W.shared("USD 21 million", "USD 100 million") == ("USD 21", "100 million"))
        #expect(W.shared("USD 990,000", "USD 1.2 million") == ("USD 990,000", "1.2 million"))
        #expect(W.shared("22%", "58%") == ("22%", "58%"))
        #expect(W.shared("31,000 people", "49,000 people") == ("31,000", "49,000 people"))
    }
}
