import Testing

@testable import LifelineData

/// A quote that occurs more than once in its article is anchored by the words around it, as a W3C
/// TextQuoteSelector is by its prefix and suffix.
@Suite struct QuoteAnchorTests {
    private let article = QuoteChecker.collapseWhitespace(
        "In 2016, 34,000 defectors lived in the South. Officials said in 2018 that 34,000 defectors had arrived.")

    private func figure(before: String? = nil, after: String? = nil) -> Figure {
        Figure(
            id: "people", measures: "M", value: .point(34000), unit: .people, year: nil, source: "s",
            quote: "34,000 defectors", quoteBefore: before, quoteAfter: after, quoteLine: 7)
    }

    @Test func anUnanchoredQuoteFoundTwiceIsAnError() {
        let problem = QuoteChecker.problem(of: figure(), in: article, archive: "a.txt", file: "d.yaml")
        #expect(problem?.message == "the quote of figure `people` occurs 2 times in a.txt")
        #expect(problem?.line == 7)
        #expect(problem?.hint.contains("quote_before:") == true)
    }

    @Test func wordsBeforeOrAfterPickOnePlace() {
        #expect(QuoteChecker.problem(of: figure(before: "in 2018 that"), in: article, archive: "a.txt", file: "d.yaml") == nil)
        #expect(QuoteChecker.problem(of: figure(after: "lived in"), in: article, archive: "a.txt", file: "d.yaml") == nil)
    }

    @Test func anchorWordsTheArticleDoesNotHaveAreAnError() {
        let problem = QuoteChecker.problem(of: figure(before: "In 2017,"), in: article, archive: "a.txt", file: "d.yaml")
        #expect(problem?.message.contains("not with its `quote_before:`/`quote_after:` words") == true)
    }

    @Test func aQuoteFoundOnceNeedsNoAnchor() {
        let once = Figure(
            id: "x", measures: "M", value: .point(2016), unit: .count, year: nil, source: "s", quote: "In 2016, 34,000")
        #expect(QuoteChecker.problem(of: once, in: article, archive: "a.txt", file: "d.yaml") == nil)
    }
}
