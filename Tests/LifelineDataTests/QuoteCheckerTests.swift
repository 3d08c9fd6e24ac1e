import Foundation
import Testing

@testable import LifelineData

@Suite struct QuoteCheckerTests {
    let article = "Brokers take a 10% to 40% cut of the money sent by defectors,\nwhich has made it   popular."

    @Test func wholeQuoteMatchesWithDifferentWhitespace() {
        #expect(
            QuoteChecker.firstMissingPart(
                of: "take a 10% to 40% cut of the money sent by defectors, which has made it popular.",
                in: QuoteChecker.collapseWhitespace(article)) == nil)
    }

    @Test func ellipsisPartsMustAppearInOrder() {
        let text = QuoteChecker.collapseWhitespace(article)
        #expect(QuoteChecker.firstMissingPart(of: "Brokers take … which has made it popular.", in: text) == nil)
        #expect(QuoteChecker.firstMissingPart(of: "which has made it popular … Brokers take", in: text) == "Brokers take")
    }

    @Test func oneChangedCharacterFails() {
        let text = QuoteChecker.collapseWhitespace(article)
        #expect(QuoteChecker.firstMissingPart(of: "Brokers take a 10 % to 40% cut", in: text) != nil)
        #expect(QuoteChecker.firstMissingPart(of: "Brokers take a 10% to 40% cut of the money sent by defectors.", in: text) != nil)
    }

    @Test func aMissingArchivedCopyLeavesItsQuotesUnverified() throws {
        var registry = try RegistryLoader.parse(validYAML, file: "t.yaml")
        registry.sources[0].archive = "nope.txt"
        let report = QuoteChecker.verify(registry, archiveFolder: "/nonexistent")
        #expect(report.problems.isEmpty)
        #expect(report.verified.isEmpty)
        #expect(report.unverified[registry.figures[0].id] == .notInFolder("/nonexistent/nope.txt"))
    }
}
