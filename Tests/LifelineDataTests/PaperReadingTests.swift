import Foundation
import Testing

@testable import LifelineData

/// The loader reads the front matter (`paper:`): credits, date, version, citation and the probability yardstick,
/// with located errors for a term that is not a probability range.
@Suite struct PaperReadingTests {
    /// `validYAML` with a `paper:` block in front.
    static func registry(_ paper: String) throws -> Registry {
        try RegistryLoader.parse(paper + "\n" + validYAML, file: "paper.yaml")
    }

    @Test func readsEveryKeyOfTheFrontMatter() throws {
        let registry = try Self.registry(
            """
            paper:
              title: "Remittances: a briefing"
              subtitle: Second edition
              authors: [Ann Lee, Bo Kim]
              institute: "Institute for Unification Studies"
              date: May 2027
              version: "2.1"
              citation: "Lee and Kim (2027)."
              yardstick:
                name: ICD 203
                terms:
                  - words: likely
                    low: 0.55
                    high: 0.8
            """)
        let paper = try #require(registry.paper)
        #expect(paper.title == "Remittances: a briefing")
        #expect(paper.subtitle == "Second edition")
        #expect(paper.authors == ["Ann Lee", "Bo Kim"])
        #expect(paper.institute == "Institute for Unification Studies")
        #expect(paper.date == "May 2027")
        #expect(paper.version == "2.1")
        #expect(paper.citation == "Lee and Kim (2027).")
        #expect(paper.yardstick == "ICD 203")
        #expect(paper.terms == [Paper.Term(words: "likely", low: 0.55, high: 0.8)])
        #expect(paper.line == 2)
    }

    @Test func aDataFileWithoutFrontMatterHasNone() throws {
        #expect(try RegistryLoader.parse(validYAML, file: "plain.yaml").paper == nil)
    }

    @Test func theDefaultDataNamesItsYardstickInOrder() throws {
        let paper = try #require(try Registry.embedded().paper)
        #expect(paper.yardstick?.contains("ICD 203") == true)
        #expect(paper.terms.count == 7)
        #expect(zip(paper.terms, paper.terms.dropFirst()).allSatisfy { $0.high <= $1.low })
    }

    @Test func aTermAboveOneIsAnErrorAtTheTerm() throws {
        let yaml = """
            paper:
              title: T
              yardstick:
                name: Y
                terms:
                  - words: likely
                    low: 55
                    high: 80
            """
        #expect {
            try Self.registry(yaml)
        } throws: { error in
            "\(error)".contains("paper.yaml:6:") && "\(error)".contains("0 ≤ low ≤ high ≤ 1")
        }
    }

    @Test func anUnknownKeySuggestsTheRightOne() throws {
        #expect {
            try Self.registry("paper:\n  title: T\n  author: [A]\n")
        } throws: { error in
            "\(error)".contains("paper.yaml:3:") && "\(error)".contains("Did you mean `authors`")
        }
    }

    @Test func theStarterDataHasPlaceholdersAndTheDefaultYardstick() throws {
        let starter = try RegistryLoader.parse(Registry.starterText, file: "data.yaml")
        let paper = try #require(starter.paper)
        #expect(paper.authors == ["Your name"])
        #expect(paper.institute == "Your institute")
        #expect(paper.terms == (try Registry.embedded().paper?.terms))
        #expect(starter.figures.map(\.id) == (try Registry.embedded().figures.map(\.id)))
    }
}
