import Foundation
import Testing

@testable import LifelineData

/// Messages quote what a data file says; a hostile file must not make them huge, many, or able to
/// rewrite the terminal.
@Suite struct MessageSafetyTests {
    @Test func excerptEscapesInvisibleCharactersAndCutsLongValues() {
        #expect(Excerpt.of("plain 한국어") == "plain 한국어")
        #expect(Excerpt.of("\u{1B}[2Jred") == "\\u{1B}[2Jred")
        #expect(Excerpt.of("a\u{202E}b\u{200F}c\nd") == "a\\u{202E}b\\u{200F}c\\u{A}d")
        #expect(Excerpt.of(String(repeating: "x", count: 1000)) == String(repeating: "x", count: 60) + "…")
        #expect(Excerpt.list((1...20).map(String.init)) == "1, 2, 3, 4, 5, 6, 7, 8, … (12 more)")
    }

    @Test func aHugeHostileKeyIsQuotedShortAndInert() {
        let key = "\\e[31m" + String(repeating: "k", count: 1_000)
        let found = problems(replacing("    measures: The broker's cut.", with: "    \"\(key)\": The broker's cut.\n    measures: M"))
        #expect(found.count == 1)
        #expect(found[0].description.count < 400)
        #expect(found[0].message.contains("unknown key `\\u{1B}[31mkkk"))
        #expect(!found[0].description.contains("\u{1B}"))
    }

    @Test func aHugeWrongValueIsQuotedShort() {
        let found = problems(replacing("    value: 34000", with: "    value: \"\(String(repeating: "9", count: 50_000))\""))
        #expect(found.count == 1)
        #expect(found[0].description.count < 400)
    }

    @Test func problemsBeyondAHundredAreCountedNotListed() {
        let figures = (0..<300).map { "  - id: f\($0)\n    unit: furlongs" }.joined(separator: "\n")
        let found = problems("sources: []\nfigures:\n" + figures + "\n")
        #expect(found.count == NodeReader.maximumDiagnostics + 1)
        #expect(found.last?.message.hasSuffix("more problems are not listed") == true)
        #expect(found.last?.line == nil)
        // Each figure has six problems (four missing keys, the unit, no number): 1,800 in all.
        #expect(found.last?.message.hasPrefix("\(6 * 300 - NodeReader.maximumDiagnostics) more") == true)
    }

    @Test func aProblemFoundLastButEarlyInTheFileIsListedWhenOverAHundred() {
        // The missing source of the first figure is found after every figure is read, behind 150 bad units;
        // it was dropped by the cap when the cap was applied in the order problems were found.
        let figure = { (id: String, unit: String, source: String) in
            "  - id: \(id)\n    measures: M\n    value: 1\n    unit: \(unit)\n    year: 2020\n    source: \(source)\n    quote: \"1 thing\""
        }
        let figures = [figure("first", "count", "nowhere")] + (0..<150).map { figure("f\($0)", "furlongs", "s") }
        let found = problems("sources:\n  - id: s\n    title: T\n    date_note: N\nfigures:\n" + figures.joined(separator: "\n") + "\n")
        #expect(found.count == NodeReader.maximumDiagnostics + 1)
        #expect(found.first?.message.contains("cites the source `nowhere`") == true)
        #expect(found.first?.line == 11)
        let lines = found.dropLast().map { $0.line ?? 0 }
        #expect(lines == lines.sorted())
        #expect(found.last?.message == "51 more problems are not listed")
    }

    @Test func theListOfKnownSourcesInAHintIsShort() {
        let sources = (0..<50).map { "  - id: s\($0)\n    title: T\n    date_note: N" }.joined(separator: "\n")
        let text =
            "sources:\n\(sources)\nfigures:\n  - id: f\n    measures: M\n    value: 1\n    unit: count\n    year: 2020\n    source: nowhere\n    quote: \"1 thing\"\n"
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found[0].hint.contains("… (42 more)"))
    }
}
