import Testing

@testable import LifelineRender

/// How `build --check` and `lifeline diff` cut `report.md` into sentences and mark what changed in one.
@Suite struct WordDiffTests {
    @Test func aChangedWordIsMarkedInPlace() {
        let old = "The flow is USD 48 million a year.".split(separator: " ").map(String.init)
        let new = "The flow is USD 52 million a year.".split(separator: " ").map(String.init)
        #expect(WordDiff.marked(old, new) == "The flow is USD [-48-]{+52+} million a year.")
    }

    @Test func longUnchangedRunsAreCutToAFewWordsOfContext() {
        let words = (1...20).map { "w\($0)" }
        var new = words
        new[10] = "NEW"
        #expect(WordDiff.marked(words, new) == "… w7 w8 w9 w10 [-w11-]{+NEW+} w12 w13 w14 w15 …")
    }

    @Test func wordsOnlyAddedOrOnlyRemovedHaveOneMark() {
        #expect(WordDiff.marked(["a", "c"], ["a", "b", "c"]) == "a {+b+} c")
        #expect(WordDiff.marked(["a", "b", "c"], ["a", "c"]) == "a [-b-] c")
    }

    /// A wrapped paragraph is one text; a list item, heading and table row each start a block; a sentence ends at
    /// `.` before a word that does not start in lower case.
    @Test func sentencesKeepTheLineTheyStartOn() {
        let markdown = """
            # Title

            First sentence, wrapped
            over two lines. Second one (e.g. this) ends here.
            - **A list item.** Its text
              goes on.
            | a | b |
            """
        let sentences = ReportSentence.sentences(in: markdown)
        #expect(
            sentences.map(\.text) == [
                "# Title", "First sentence, wrapped over two lines.", "Second one (e.g. this) ends here.", "- **A list item.**",
                "Its text goes on.", "| a | b |",
            ])
        #expect(sentences.map(\.line) == [1, 3, 4, 5, 5, 7])
    }

    @Test func alignmentKeepsWhatBothShare() {
        let steps = Alignment.steps(from: ["a", "b", "c", "d"], to: ["a", "x", "c", "d", "e"])
        #expect(steps == [.same(0, 0), .removed(1), .added(1), .same(2, 2), .same(3, 3), .added(4)])
    }
}
